package dev.vpclab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version of VPC Lab, from the build (one number for the jar, the installers and {@code --version}). */
public final class Version implements CommandLine.IVersionProvider {

    /** @return the version, e.g. "0.1.0" */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/vpclab/app/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"VPC Lab " + current()};
    }
}
