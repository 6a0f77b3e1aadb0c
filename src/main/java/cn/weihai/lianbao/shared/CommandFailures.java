package cn.weihai.lianbao.shared;

import org.axonframework.commandhandling.CommandExecutionException;

/** What a command handler threw, out of the wrapper Axon puts around it (e.g. when the command travelled). */
public final class CommandFailures {
    private CommandFailures() {
    }

    public static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof CommandExecutionException wrapped) {
            Object details = wrapped.getDetails().orElse(null);
            if (details instanceof Throwable d && d != current) {
                current = d;
            } else if (wrapped.getCause() != null && wrapped.getCause() != wrapped) {
                current = wrapped.getCause();
            } else {
                break;
            }
        }
        return current;
    }
}
