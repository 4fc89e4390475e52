package dev.candor.launcher;

/** A setting that stops Candor from starting, told in one line that names the setting. */
final class LaunchFailure extends Exception {

    LaunchFailure(String message) {
        super(message);
    }
}
