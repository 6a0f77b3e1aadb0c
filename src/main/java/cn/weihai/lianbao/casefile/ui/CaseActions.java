package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.shared.CommandFailures;
import cn.weihai.lianbao.casefile.materials.MaterialStore;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.ui.Labels;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a screen needs to act on a case: send a command as the signed-in user and, when the case refuses it, the
 * reasons in the user's language (per field, or for the form as a whole), never a stack trace.
 */
@Component
public class CaseActions {
    private static final Logger log = LoggerFactory.getLogger(CaseActions.class);

    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final LocalizedMessages messages;
    private final MaterialStore store;
    private final Clock clock;

    CaseActions(CommandGateway commands, CurrentUser currentUser, LocalizedMessages messages, MaterialStore store,
                Clock clock) {
        this.commands = commands;
        this.currentUser = currentUser;
        this.messages = messages;
        this.store = store;
        this.clock = clock;
    }

    /** Why a command was refused: messages per field name, and one for the whole form (or null). */
    public record Refusal(List<FieldMessage> fields, String form) {
    }

    public record FieldMessage(String field, String message) {
    }

    public Optional<StaffUser> user() {
        return currentUser.get();
    }

    public Actor actor() {
        return currentUser.actor();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    MaterialStore store() {
        return store;
    }

    /** Sends and waits; empty when the case took the command. */
    public Optional<Refusal> send(Object command, Locale locale) {
        try {
            commands.sendAndWait(command);
            return Optional.empty();
        } catch (RuntimeException e) {
            Throwable cause = CommandFailures.unwrap(e);
            return Optional.of(switch (cause) {
                case InvalidInputException invalid -> new Refusal(invalid.violations().stream()
                        .map(v -> new FieldMessage(v.field(), text(v, locale))).toList(), null);
                case RuleViolationException rule ->
                        new Refusal(List.of(), messages.get(rule.messageKey(), rule.args(), locale));
                default -> {
                    log.error("Command {} failed", command.getClass().getSimpleName(), cause);
                    yield new Refusal(List.of(), Labels.text("error.internal"));
                }
            });
        }
    }

    private String text(FieldViolation v, Locale locale) {
        return messages.get(v.messageKey(), v.args(), locale);
    }

}
