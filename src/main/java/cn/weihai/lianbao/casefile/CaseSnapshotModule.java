package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.ServiceSelection;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * How a {@link CombinedApplication} goes into a snapshot and comes back (Axon writes snapshots with its general
 * Jackson serializer), kept out of the domain classes as Jackson mix-ins: the state is read and written by its
 * fields, never its methods; the member classes are rebuilt through their constructors; and the collections the
 * constructors create are filled in place ({@link JsonMerge}), so that they keep their kind — EnumMap, EnumSet and
 * LinkedHashMap iterate in the order the rules and their messages depend on, a HashSet would not.
 * <p>
 * A field added to these classes is picked up by itself; a changed meaning of a field needs a new
 * {@code @Revision} on {@link CombinedApplication}, which makes older snapshots be ignored.
 */
@Component
public class CaseSnapshotModule extends SimpleModule {

    public CaseSnapshotModule() {
        super("case-snapshot");
        setMixInAnnotation(CombinedApplication.class, CaseState.class);
        setMixInAnnotation(Track.class, TrackState.class);
        setMixInAnnotation(ExternalWorksApproval.class, ApprovalState.class);
        setMixInAnnotation(SupervisionOrder.class, OrderState.class);
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    abstract static class State {
    }

    abstract static class CaseState extends State {
        @JsonMerge
        Object tracks;
        @JsonMerge
        Object materials;
        @JsonMerge
        Object orders;
        @JsonMerge
        Object connectionRequested;
        @JsonMerge
        Object rated;
    }

    abstract static class TrackState extends State {
        @JsonMerge
        Object waits;
        @JsonMerge
        Object dueSoonRaisedFor;
        @JsonMerge
        Object overdueRaisedFor;
        @JsonMerge
        Object alertStanding;

        @JsonCreator
        TrackState(@JsonProperty("selection") ServiceSelection selection, @JsonProperty("limit") int limit,
                   @JsonProperty("planReplyLimit") Integer planReplyLimit,
                   @JsonProperty("lastStepOn") LocalDate acceptedOn) {
        }
    }

    abstract static class ApprovalState extends State {
        @JsonMerge
        Object departments;
        @JsonMerge
        Object opinions;

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        ApprovalState(@JsonProperty("lastStepOn") LocalDate acceptedOn) {
        }
    }

    abstract static class OrderState extends State {
        @JsonCreator
        OrderState(@JsonProperty("number") int number, @JsonProperty("service") UtilityService service,
                   @JsonProperty("issuedOn") LocalDate issuedOn, @JsonProperty("workingDays") int workingDays,
                   @JsonProperty("dueDate") LocalDate dueDate) {
        }
    }
}
