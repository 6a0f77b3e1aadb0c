package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.Commands.GiveExternalWorksOpinion;
import cn.weihai.lianbao.casefile.api.Commands.IssueExternalWorksPermit;
import cn.weihai.lianbao.casefile.api.Commands.PrepareExternalWorksMaterials;
import cn.weihai.lianbao.casefile.api.Commands.SubmitExternalWorks;
import cn.weihai.lianbao.casefile.api.Commands.UploadCommitmentLetter;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.Events.CommitmentLetterUploaded;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksMaterialsPrepared;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksOpinionGiven;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksPermitIssued;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksReturnedForPreparation;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.weihai.lianbao.casefile.CaseFixtures.*;
import static cn.weihai.lianbao.casefile.api.Department.HIGHWAY;
import static cn.weihai.lianbao.casefile.api.Department.HOUSING_CONSTRUCTION;
import static cn.weihai.lianbao.casefile.api.Department.TRAFFIC_POLICE;
import static cn.weihai.lianbao.shared.UtilityService.POWER;
import static cn.weihai.lianbao.shared.UtilityService.WATER;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** 外线工程联合审批: prepare, (告知承诺书), submit, parallel opinions, permit; refusal sends it back. */
class ExternalWorksScenariosTest {
    private static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);
    private static final LocalDate MAR_4 = LocalDate.of(2026, 3, 4);
    private static final LocalDate MAR_5 = LocalDate.of(2026, 3, 5);
    private static final Channel CH = Channel.STAFF_WORKSPACE;
    private static final String LETTER_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private AggregateTestFixture<CombinedApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static ExternalWorksMaterialsPrepared prepared(int round, boolean commitment, boolean highway) {
        return new ExternalWorksMaterialsPrepared(CASE, round, MaterialsPreparer.UTILITY, commitment, highway, null,
                MAR_3, WATER_STAFF, CH);
    }

    private static ExternalWorksSubmitted submitted(int round, Department... to) {
        return new ExternalWorksSubmitted(CASE, round, List.of(to), MAR_3, WATER_STAFF, CH);
    }

    private static ExternalWorksOpinionGiven agreed(Department d, Actor by) {
        return new ExternalWorksOpinionGiven(CASE, 1, d, true, null, MAR_4, by, CH);
    }

    private static GiveExternalWorksOpinion opinion(Department d, boolean agree, String reason, Actor by) {
        return new GiveExternalWorksOpinion(CASE, d, agree, reason, MAR_4, by, CH);
    }

    @Test
    void utilityPreparesMaterials() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER))
                .when(new PrepareExternalWorksMaterials(CASE, MaterialsPreparer.UTILITY, false, false, null, MAR_3,
                        WATER_STAFF, CH))
                .expectEvents(prepared(1, false, false));
    }

    @Test
    void caseWithoutExternalWorksHasNoApprovalToWorkOn() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(new PrepareExternalWorksMaterials(CASE, MaterialsPreparer.UTILITY, false, false, null, MAR_3,
                        WATER_STAFF, CH))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.approval.notRequired"));
    }

    @Test
    void underNotificationCommitmentTheLetterMustBeUploadedBeforeSubmission() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, true, false))
                .when(new SubmitExternalWorks(CASE, Set.of(HOUSING_CONSTRUCTION), MAR_3, WATER_STAFF, CH))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.approval.commitmentLetterMissing"));

        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, true, false))
                .when(new UploadCommitmentLetter(CASE, "告知承诺书.pdf", LETTER_SHA.toUpperCase(), MAR_3, WATER_STAFF, CH))
                .expectEvents(new CommitmentLetterUploaded(CASE, 1, "告知承诺书.pdf", LETTER_SHA, MAR_3, WATER_STAFF, CH));

        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, true, false),
                        new CommitmentLetterUploaded(CASE, 1, "告知承诺书.pdf", LETTER_SHA, MAR_3, WATER_STAFF, CH))
                .when(new SubmitExternalWorks(CASE, Set.of(HOUSING_CONSTRUCTION), MAR_3, WATER_STAFF, CH))
                .expectEvents(submitted(1, HOUSING_CONSTRUCTION));
    }

    @Test
    void commitmentLetterIsRefusedWhenTheCommitmentSystemDoesNotApply() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, false))
                .when(new UploadCommitmentLetter(CASE, "告知承诺书.pdf", null, MAR_3, WATER_STAFF, CH))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.approval.commitmentNotApplicable"));

        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, true, false))
                .when(new UploadCommitmentLetter(CASE, " ", "not-a-hash", MAR_3, WATER_STAFF, CH))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(allOf(containsString("field=documentName"), containsString("field=sha256")));
    }

    @Test
    void worksTouchingAHighwayAlsoGoToTheRoadWorksBranch() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, true))
                .when(new SubmitExternalWorks(CASE, Set.of(TRAFFIC_POLICE, HOUSING_CONSTRUCTION), MAR_3, WATER_STAFF, CH))
                .expectEvents(submitted(1, HOUSING_CONSTRUCTION, TRAFFIC_POLICE, HIGHWAY));
    }

    @Test
    void submissionNeedsPreparedMaterialsAndAtLeastOneDepartment() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER))
                .when(new SubmitExternalWorks(CASE, Set.of(HOUSING_CONSTRUCTION), MAR_3, WATER_STAFF, CH))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.approval.materialsFirst"));

        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, false))
                .when(new SubmitExternalWorks(CASE, Set.of(), MAR_3, WATER_STAFF, CH))
                .expectException(InvalidInputException.class);
    }

    @Test
    void departmentsGiveOpinionsInAnyOrderAndThePermitFollowsWhenAllAgree() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, true),
                        submitted(1, HOUSING_CONSTRUCTION, TRAFFIC_POLICE, HIGHWAY),
                        agreed(HIGHWAY, CaseFixtures.HIGHWAY))
                .when(opinion(TRAFFIC_POLICE, true, null, POLICE))
                .expectEvents(agreed(TRAFFIC_POLICE, POLICE));

        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, true),
                        submitted(1, HOUSING_CONSTRUCTION, TRAFFIC_POLICE, HIGHWAY),
                        agreed(HIGHWAY, CaseFixtures.HIGHWAY), agreed(TRAFFIC_POLICE, POLICE))
                .when(new IssueExternalWorksPermit(CASE, "威住建外线许字〔2026〕12号", MAR_5, HOUSING, CH))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("rule.approval.opinionsPending"),
                        containsString("HOUSING_CONSTRUCTION")));

        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, true),
                        submitted(1, HOUSING_CONSTRUCTION, TRAFFIC_POLICE, HIGHWAY),
                        agreed(HIGHWAY, CaseFixtures.HIGHWAY), agreed(TRAFFIC_POLICE, POLICE),
                        agreed(HOUSING_CONSTRUCTION, HOUSING))
                .when(new IssueExternalWorksPermit(CASE, "威住建外线许字〔2026〕12号", MAR_5, HOUSING, CH))
                .expectEvents(new ExternalWorksPermitIssued(CASE, 1, "威住建外线许字〔2026〕12号", MAR_5, HOUSING, CH));
    }

    @Test
    void onlyConcernedDepartmentsGiveOneOpinionEachPerRound() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, false),
                        submitted(1, HOUSING_CONSTRUCTION))
                .when(opinion(TRAFFIC_POLICE, true, null, POLICE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.approval.departmentNotConcerned"));

        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, false),
                        submitted(1, HOUSING_CONSTRUCTION), agreed(HOUSING_CONSTRUCTION, HOUSING))
                .when(opinion(HOUSING_CONSTRUCTION, false, "改变主意", HOUSING))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.approval.opinionAlreadyGiven"));
    }

    @Test
    void aRefusalNeedsAReasonAndSendsTheApprovalBackToPreparation() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, false),
                        submitted(1, HOUSING_CONSTRUCTION, TRAFFIC_POLICE))
                .when(opinion(TRAFFIC_POLICE, false, null, POLICE))
                .expectException(InvalidInputException.class);

        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, false),
                        submitted(1, HOUSING_CONSTRUCTION, TRAFFIC_POLICE))
                .when(opinion(TRAFFIC_POLICE, false, "占道施工方案缺少交通组织图", POLICE))
                .expectEvents(
                        new ExternalWorksOpinionGiven(CASE, 1, TRAFFIC_POLICE, false, "占道施工方案缺少交通组织图", MAR_4,
                                POLICE, CH),
                        new ExternalWorksReturnedForPreparation(CASE, 1, TRAFFIC_POLICE, "占道施工方案缺少交通组织图",
                                MAR_4, POLICE, CH));

        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, false),
                        submitted(1, HOUSING_CONSTRUCTION, TRAFFIC_POLICE),
                        new ExternalWorksReturnedForPreparation(CASE, 1, TRAFFIC_POLICE, "缺交通组织图", MAR_4, POLICE, CH))
                .when(new PrepareExternalWorksMaterials(CASE, MaterialsPreparer.CONTRACTOR, false, false, "已补交通组织图",
                        MAR_5, WATER_STAFF, CH))
                .expectEvents(new ExternalWorksMaterialsPrepared(CASE, 2, MaterialsPreparer.CONTRACTOR, false, false,
                        "已补交通组织图", MAR_5, WATER_STAFF, CH));
    }

    @Test
    void externalWorksConstructionWaitsForThePermit() {
        var planIssued = new Object[]{accepted(WATER_EXTERNAL_AND_POWER),
                reached(WATER, TrackStage.SURVEYED, MAR_3, WATER_STAFF),
                reached(WATER, TrackStage.PLAN_ISSUED, MAR_3, WATER_STAFF)};
        fixture.given(planIssued)
                .when(step(WATER, TrackStep.CONSTRUCTION_STARTED, MAR_4, null, WATER_STAFF))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.track.permitRequired"))
                .expectNoEvents();

        fixture.given(accepted(WATER_EXTERNAL_AND_POWER),
                        reached(WATER, TrackStage.SURVEYED, MAR_3, WATER_STAFF),
                        reached(WATER, TrackStage.PLAN_ISSUED, MAR_3, WATER_STAFF),
                        prepared(1, false, false), submitted(1, HOUSING_CONSTRUCTION),
                        agreed(HOUSING_CONSTRUCTION, HOUSING),
                        new ExternalWorksPermitIssued(CASE, 1, "许可12号", MAR_4, HOUSING, CH))
                .when(step(WATER, TrackStep.CONSTRUCTION_STARTED, MAR_5, null, WATER_STAFF))
                .expectEvents(reached(WATER, TrackStage.CONSTRUCTION_STARTED, MAR_5, WATER_STAFF));
    }

    @Test
    void aServiceWithoutExternalWorksStartsConstructionWithoutThePermit() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER),
                        reached(POWER, TrackStage.SURVEYED, MAR_3, POWER_STAFF),
                        reached(POWER, TrackStage.PLAN_ISSUED, MAR_3, POWER_STAFF))
                .when(step(POWER, TrackStep.CONSTRUCTION_STARTED, MAR_4, null, POWER_STAFF))
                .expectEvents(reached(POWER, TrackStage.CONSTRUCTION_STARTED, MAR_4, POWER_STAFF));
    }

    @Test
    void nothingMoreAfterThePermit() {
        fixture.given(accepted(WATER_EXTERNAL_AND_POWER), prepared(1, false, false), submitted(1, HOUSING_CONSTRUCTION),
                        agreed(HOUSING_CONSTRUCTION, HOUSING),
                        new ExternalWorksPermitIssued(CASE, 1, "许可12号", MAR_4, HOUSING, CH))
                .when(opinion(HOUSING_CONSTRUCTION, true, null, HOUSING))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.approval.permitAlreadyIssued"));
    }
}
