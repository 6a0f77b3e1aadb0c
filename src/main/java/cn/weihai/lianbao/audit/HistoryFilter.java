package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.shared.Actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which events of a case's history to show: of the given event types (empty = every type) and recorded by the
 * given user (null = anyone).
 */
public record HistoryFilter(Set<String> types, String actorUsername) implements Predicate<HistoryEntry> {
    public static final HistoryFilter ALL = new HistoryFilter(Set.of(), null);

    public HistoryFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    @Override
    public boolean test(HistoryEntry entry) {
        return (types.isEmpty() || types.contains(entry.type()))
                && (actorUsername == null || actorUsername.equals(entry.actor().username()));
    }

    public List<HistoryEntry> apply(List<HistoryEntry> history) {
        return history.stream().filter(this).toList();
    }

    /** The event types that occur in {@code history}, in order of first occurrence. */
    public static List<String> typesIn(List<HistoryEntry> history) {
        return history.stream().map(HistoryEntry::type).distinct().toList();
    }

    /** The people (and the system) who recorded events in {@code history}, one per user, in order of first event. */
    public static List<Actor> actorsIn(List<HistoryEntry> history) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        history.forEach(h -> actors.putIfAbsent(h.actor().username(), h.actor()));
        return List.copyOf(actors.values());
    }
}
