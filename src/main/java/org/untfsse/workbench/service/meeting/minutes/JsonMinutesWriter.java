package org.untfsse.workbench.service.meeting.minutes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.untfsse.workbench.i18n.Messages;

/** Minutes as JSON: the assembled document, field by field, dates as ISO text. */
final class JsonMinutesWriter implements MinutesWriter {

    @Override
    public byte[] write(MinutesDocument doc, Messages messages) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsBytes(doc);
    }
}
