package org.untfsse.workbench.service.exchange.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A written .eml parsed back by Angus Mail (Jakarta Mail), a real MIME parser. */
public final class ParsedEml {

    private ParsedEml() {
    }

    public static MimeMessage parse(byte[] eml) throws Exception {
        return parse(new ByteArrayInputStream(eml));
    }

    public static MimeMessage parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    private static MimeMessage parse(InputStream in) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
        message.getContent(); // parses the whole structure now, so a malformed part fails here
        return message;
    }

    public static List<BodyPart> parts(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        List<BodyPart> parts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            parts.add(multipart.getBodyPart(i));
        }
        return parts;
    }

    public static byte[] bytes(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
