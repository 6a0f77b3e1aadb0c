package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/** Valid commands for tests that need a real case; every call gives distinct names so tests can share a database. */
public final class TestCases {
    public static final Actor CLERK = new Actor("clerk", "王窗口", Role.CLERK, "威海市政务服务中心");
    public static final Actor POWER_STAFF = new Actor("power", "李供电", Role.UTILITY_STAFF, "国网威海供电公司");

    private TestCases() {
    }

    /** A valid unified social credit code with a random tail. */
    public static String creditCode() {
        return CreditCode.complete("91371000MA3C" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000)));
    }

    /** Water (direct connection) and 10 kV single-source power, accepted at the government service centre. */
    public static AcceptApplication waterAndPower(String caseNumber, LocalDate acceptedOn, String applicantName,
                                                  String projectName) {
        return new AcceptApplication(caseNumber, acceptedOn, Channel.GOV_SERVICE_CENTER,
                new Applicant(applicantName, creditCode(), "张经理", "13806310001"),
                new Project(projectName, "2025-371002-70-01-" + caseNumber.replaceAll("\\D", ""),
                        "威海市环翠区海滨北路1号", District.HUANCUI, ConstructionType.NEW),
                List.of(ServiceSelection.of(UtilityService.WATER),
                        new ServiceSelection(UtilityService.POWER, false, PowerCategory.KV10_SINGLE)),
                CLERK);
    }

    public static final Actor TELECOM_STAFF = new Actor("telecom", "周通信", Role.UTILITY_STAFF, "威海市通信发展办公室");

    /** Telecom only (5 working days), accepted at the shared business hall. */
    public static AcceptApplication telecom(String caseNumber, LocalDate acceptedOn, String applicantName,
                                            String projectName) {
        return new AcceptApplication(caseNumber, acceptedOn, Channel.SHARED_HALL,
                new Applicant(applicantName, creditCode(), "刘经理", "13806310002"),
                new Project(projectName, "2025-371002-70-02-" + caseNumber.replaceAll("\\D", ""),
                        "威海市文登区测试路8号", District.WENDENG, ConstructionType.NEW),
                List.of(ServiceSelection.of(UtilityService.TELECOM)), CLERK);
    }

    public static RecordTrackStep telecomStep(String caseNumber, TrackStep step, LocalDate on, String note) {
        return new RecordTrackStep(caseNumber, UtilityService.TELECOM, step, on, note, TELECOM_STAFF,
                Channel.STAFF_WORKSPACE);
    }

    public static RecordTrackStep powerSurveyed(String caseNumber, LocalDate on) {
        return new RecordTrackStep(caseNumber, UtilityService.POWER, TrackStep.SURVEYED, on, "现场踏勘完成",
                POWER_STAFF, Channel.STAFF_WORKSPACE);
    }

    /** Polls {@code condition} until it holds: projections are asynchronous. */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after 30 s waiting for: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what, e);
            }
        }
    }
}
