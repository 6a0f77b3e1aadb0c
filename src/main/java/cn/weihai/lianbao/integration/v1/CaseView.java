package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.ApprovalDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.Opinion;
import cn.weihai.lianbao.casefile.api.CaseDetails.Pause;
import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.List;

/** The case as the v1 API shows it (API.md, "Read a case"), plus the extensions after {@code warning}. */
public record CaseView(String caseNumber, CaseStatus status, LocalDate acceptedOn, Channel channel,
                       ApplicantView applicant, ProjectView project, List<TrackView> tracks,
                       ApprovalView externalWorksApproval) {

    public static CaseView of(CaseDetails c) {
        return new CaseView(c.caseNumber(), c.status(), c.acceptedOn(), c.channel(), ApplicantView.of(c.applicant()),
                ProjectView.of(c.project()), c.tracks().stream().map(TrackView::of).toList(),
                ApprovalView.of(c.approval()));
    }

    CaseView withApplicant(ApplicantView masked) {
        return new CaseView(caseNumber, status, acceptedOn, channel, masked, project, tracks, externalWorksApproval);
    }

    public record ApplicantView(String name, String creditCode, String contactName, String phone) {
        static ApplicantView of(Applicant a) {
            return new ApplicantView(a.name(), a.creditCode(), a.contactName(), a.phone());
        }
    }

    /** {@code district} is the Chinese name, as submitted. */
    public record ProjectView(String name, String code, String address, String district,
                             ConstructionType constructionType) {
        static ProjectView of(Project p) {
            return new ProjectView(p.name(), p.code(), p.address(),
                    p.district() == null ? null : p.district().chineseName(), p.constructionType());
        }
    }

    /**
     * One utility's track with its working-day clock read today. {@code dueDateProvisional}: the due date
     * relies on a year whose holidays the State Council has not announced yet (counted Monday–Friday).
     * The plan-reply fields are set for 35 kV and above only.
     */
    public record TrackView(UtilityService service, TrackStatus status, Integer limitWorkingDays,
                            Integer planReplyLimitWorkingDays, LocalDate planReplyDueDate, LocalDate dueDate,
                            Integer usedWorkingDays, Integer remainingWorkingDays, Warning warning,
                            LocalDate completedOn, Boolean onTime,
                            boolean dueDateProvisional, Warning planReplyWarning, Boolean planReplyOnTime,
                            TrackStage stage, boolean externalWorks, PowerCategory powerCategory,
                            String waitingReason, String endReason, LocalDate lastStepOn,
                            List<TrackStep> allowedSteps, List<PauseView> pauses) {
        static TrackView of(TrackDetails t) {
            ClockReading c = t.clock();
            ClockReading plan = t.planReplyClock();
            return new TrackView(t.service(), t.status(), t.limitWorkingDays(), t.planReplyLimitWorkingDays(),
                    plan == null ? null : plan.dueDate(), c.dueDate(), c.usedWorkingDays(), c.remainingWorkingDays(),
                    c.warning(), t.completedOn(), c.onTime(),
                    c.provisional() || (plan != null && plan.provisional()),
                    plan == null ? null : plan.warning(), plan == null ? null : plan.onTime(),
                    t.stage(), t.externalWorks(), t.powerCategory(), t.waitingReason(),
                    t.endReason(), t.lastStepOn(), t.allowedSteps(), t.pauses().stream().map(PauseView::of).toList());
        }
    }

    /** A stretch the track waited on the applicant; {@code to} is null while it lasts. */
    public record PauseView(TrackStatus kind, LocalDate from, LocalDate to, String reason) {
        static PauseView of(Pause p) {
            return new PauseView(p.kind(), p.from(), p.to(), p.reason());
        }
    }

    /** The external-works joint approval (外线工程联合审批); null on a case without external works. */
    public record ApprovalView(ApprovalStatus status, int round, MaterialsPreparer preparedBy,
                               boolean commitmentApplies, boolean touchesHighway, String commitmentLetter,
                               List<OpinionView> opinions, String permitNumber, LocalDate permitIssuedOn,
                               List<OpinionView> earlierRounds, int limitWorkingDays, LocalDate submittedOn,
                               LocalDate dueDate, Integer remainingWorkingDays, Warning warning, Boolean onTime) {
        static ApprovalView of(ApprovalDetails a) {
            if (a == null) {
                return null;
            }
            ClockReading c = a.clock();
            return new ApprovalView(a.status(), a.round(), a.preparedBy(), a.commitmentApplies(),
                    a.touchesHighway(), a.commitmentLetter(), a.opinions().stream().map(OpinionView::of).toList(),
                    a.permitNumber(), a.permitIssuedOn(), a.earlierRounds().stream().map(OpinionView::of).toList(),
                    a.limitWorkingDays(), a.submittedOn(), c == null ? null : c.dueDate(),
                    c == null ? null : c.remainingWorkingDays(), c == null ? Warning.NONE : c.warning(),
                    c == null ? null : c.onTime());
        }
    }

    /** A department's opinion; {@code agreed} is null while it is pending. */
    public record OpinionView(Department department, String departmentName, Boolean agreed, String reason,
                              LocalDate givenOn, int round) {
        static OpinionView of(Opinion o) {
            return new OpinionView(o.department(), o.department().chineseName(), o.agreed(), o.reason(),
                    o.givenOn(), o.round());
        }
    }
}
