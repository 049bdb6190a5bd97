package dev.vpclab.app;

/**
 * The entry point of {@code vpclab}: with no arguments it opens the app, with a subcommand it runs headless.
 * A plain class (not an {@code Application}) so that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.out.println("VPC Lab");
    }
}
