package dev.vpclab.app;

import dev.vpclab.app.ui.LaunchOptions;
import dev.vpclab.app.ui.VpcLabApp;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart so that the command line never loads JavaFX classes. */
final class AppLauncher {

    private AppLauncher() {
    }

    static void launch(String[] args) {
        try {
            LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("vpclab: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(VpcLabApp.class, args);
    }
}
