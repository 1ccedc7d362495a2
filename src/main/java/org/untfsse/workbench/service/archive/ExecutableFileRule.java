package org.untfsse.workbench.service.archive;

import java.util.Locale;
import java.util.Set;
import org.untfsse.workbench.service.common.SafeFileName;

/**
 * Which archived files are programs or scripts. The workbench hands documents to the system's
 * default application; for these, "open" on Windows, macOS or Linux would run them instead, so
 * the workbench never opens them (the officer may still show them in their folder or export them).
 *
 * <p>A file counts as a program when any one of three signs says so: its name's extension, the
 * media type stored with it (a bundle may carry one the name does not show), or its first bytes
 * (a Windows, Linux or macOS executable, or a script starting with {@code #!}). The name is judged
 * the way Windows reads it: trailing dots and spaces and invisible formatting characters (such as
 * the right-to-left override that makes {@code "\u202Egnp.exe"} display as {@code "exe.png"}) do
 * not hide the extension. The lists are in docs/archive.md.
 */
public final class ExecutableFileRule {

    /** Extensions a system "open" runs, installs or mounts, lower case, without the dot. */
    static final Set<String> EXTENSIONS = Set.of(
            // Windows: programs, installers, scripts run by the Windows Script Host or PowerShell, shortcuts
            "exe", "com", "scr", "pif", "cpl", "msi", "msp", "mst", "msc", "dll", "ocx", "sys", "drv",
            "bat", "cmd", "ps1", "ps1xml", "ps2", "psc1", "psd1", "psm1", "vb", "vbs", "vbe", "js", "jse",
            "ws", "wsf", "wsc", "wsh", "hta", "lnk", "url", "scf", "inf", "reg", "chm", "hlp", "gadget",
            "application", "appref-ms", "settingcontent-ms", "xbap", "appx", "msix", "appinstaller",
            // macOS: applications, installers, disk images, scripts run by Terminal or Script Editor
            "app", "command", "tool", "workflow", "action", "pkg", "mpkg", "dmg", "scpt", "applescript", "terminal",
            // Linux: shell scripts, self-extracting installers, launchers, packages
            "sh", "bash", "zsh", "csh", "ksh", "fish", "run", "bin", "desktop", "appimage", "deb", "rpm", "snap",
            "flatpakref",
            // everywhere: interpreted programs and Java
            "py", "pyw", "pyc", "pyz", "pl", "rb", "php", "jar", "jnlp", "class");

    /** Media types of programs and scripts, lower case. */
    static final Set<String> MEDIA_TYPES = Set.of(
            "application/x-msdownload", "application/x-dosexec", "application/x-msdos-program",
            "application/x-ms-dos-executable", "application/vnd.microsoft.portable-executable",
            "application/x-ms-installer", "application/x-msi", "application/x-ms-shortcut", "application/x-bat",
            "application/hta", "application/x-executable", "application/x-elf", "application/x-sharedlib",
            "application/x-pie-executable", "application/x-mach-binary", "application/x-apple-diskimage",
            "application/x-sh", "application/x-shellscript", "text/x-shellscript", "application/x-csh",
            "application/java-archive", "application/x-java-archive", "application/x-java-jnlp-file",
            "application/java-vm", "application/javascript", "application/x-javascript", "text/javascript",
            "application/x-python-code", "text/x-python", "text/x-script.python", "application/x-perl",
            "text/x-perl", "application/x-ruby", "text/x-ruby", "application/x-php", "application/x-desktop",
            "application/vnd.appimage", "application/vnd.debian.binary-package", "application/x-rpm",
            "application/x-redhat-package-manager", "application/vnd.ms-cab-compressed");

    private ExecutableFileRule() {
    }

    /** True when a file with this name or stored media type would be run, not shown, by a system "open". */
    public static boolean isProgram(String fileName, String mediaType) {
        return hasProgramExtension(fileName) || hasProgramMediaType(mediaType);
    }

    /**
     * True when the name ends in a program's extension, however it is disguised (case, trailing
     * dots, bidi marks), and also when it would once made safe for a file ({@link SafeFileName}).
     */
    public static boolean hasProgramExtension(String fileName) {
        if (fileName == null) {
            return false;
        }
        return extensionIsProgram(fileName) || extensionIsProgram(SafeFileName.of(fileName));
    }

    private static boolean extensionIsProgram(String fileName) {
        String name = fileName.replaceAll("\\p{Cf}", "").replaceAll("[\\s.]+$", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // "report.pdf:x.exe" is an alternate data stream on Windows; judge every part.
        for (String part : name.split(":")) {
            int dot = part.lastIndexOf('.');
            if (dot >= 0 && EXTENSIONS.contains(part.substring(dot + 1).strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True for a program's media type; parameters such as {@code ; charset=…} are ignored. */
    public static boolean hasProgramMediaType(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        int semicolon = mediaType.indexOf(';');
        String type = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.contains(type);
    }

    /**
     * True when the file's first bytes are those of a program: a Windows executable ({@code MZ}), an
     * ELF binary, a Mach-O binary, or a script with a {@code #!} line.
     */
    public static boolean startsLikeProgram(byte[] head) {
        if (head == null || head.length < 2) {
            return false;
        }
        if ((head[0] == 'M' && head[1] == 'Z') || (head[0] == '#' && head[1] == '!')) {
            return true;
        }
        if (head.length < 4) {
            return false;
        }
        int magic = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
        return magic == 0x7f454c46 // ELF
                || magic == 0xfeedface || magic == 0xfeedfacf || magic == 0xcefaedfe || magic == 0xcffaedfe; // Mach-O
    }
}
