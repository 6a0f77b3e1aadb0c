package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.identity.DemoAccounts;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic cases for demonstrations and load: accepted on past dates (the aggregate accepts any date up to
 * today), each track stepping forward at its own pace with pauses and supplement requests, most connected (some
 * late), some rejected, a few applications withdrawn. Everything goes through the real command gateway, so the
 * events, clocks, alerts and projections are genuine. Start it with {@code --lianbao.generate-cases=3000}.
 */
@Component
public class CaseGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(CaseGenerator.class);
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final List<String> FIRMS = List.of("海景置业", "高新产业园开发", "石岛湾渔港建设", "银滩旅游开发",
            "威高医疗器械", "家家悦物流", "华夏城文旅", "蓝海船舶", "荣成海洋食品", "文登建工", "临港新材料",
            "南海港城投资");
    private static final List<String> PROJECTS = List.of("花园小区", "产业园厂房", "冷链仓储中心", "综合楼",
            "学校教学楼", "医院门诊楼", "物流园仓库", "商业综合体", "人才公寓", "污水处理站");
    private static final Channel[] CHANNELS = {Channel.GOV_SERVICE_CENTER, Channel.SHARED_HALL,
            Channel.UTILITY_COUNTER, Channel.PROJECT_APPROVAL_SYSTEM, Channel.SHANDONG_GOV_PORTAL,
            Channel.AISHANDONG_APP};
    private static final List<TrackStep> FORWARD = List.of(TrackStep.SURVEYED, TrackStep.PLAN_ISSUED,
            TrackStep.CONSTRUCTION_STARTED, TrackStep.CONSTRUCTION_FINISHED, TrackStep.ACCEPTANCE_PASSED,
            TrackStep.CONNECTED);
    private static final Actor CLERK = DemoAccounts.clerk();

    private final CommandGateway commands;
    private final CaseNumberAllocator caseNumbers;
    private final Clock clock;
    private final TimeLimitPolicy limits;

    CaseGenerator(CommandGateway commands, CaseNumberAllocator caseNumbers, Clock clock,
                  TimeLimitPolicy limits) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.limits = limits;
    }

    /** Accepts {@code count} cases over the past {@code days} days; returns their case numbers. */
    public List<String> generate(int count, int days, long seed) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(generateOne(random, today.minusDays(random.nextInt(days + 1)), today));
            if ((i + 1) % 100 == 0) {
                LOG.info("generated {} of {} cases", i + 1, count);
            }
        }
        return numbers;
    }

    private String generateOne(Random random, LocalDate acceptedOn, LocalDate today) {
        String number = caseNumbers.allocate(acceptedOn);
        District district = District.values()[random.nextInt(District.values().length)];
        String firm = "威海" + FIRMS.get(random.nextInt(FIRMS.size())) + "有限公司";
        String project = district.chineseName() + PROJECTS.get(random.nextInt(PROJECTS.size()))
                + (random.nextInt(9) + 1) + "期";
        Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
        List<ServiceSelection> services = services(random);
        commands.sendAndWait(new AcceptApplication(number, acceptedOn, channel,
                new Applicant(firm, creditCode(random), "刘经理", "139" + "%08d".formatted(random.nextInt(100_000_000))),
                new Project(project, "%d-371000-70-01-%06d".formatted(acceptedOn.getYear(), random.nextInt(1_000_000)),
                        district.chineseName() + "某路" + (random.nextInt(200) + 1) + "号", district,
                        ConstructionType.values()[random.nextInt(ConstructionType.values().length)]),
                services, CLERK));
        LocalDate latest = acceptedOn;
        for (ServiceSelection s : services) {
            int limit = limits.limitFor(s.service(), s.externalWorks(), s.powerCategory()).workingDays();
            latest = max(latest, walk(random, number, s.service(), limit, acceptedOn, today));
        }
        if (random.nextInt(100) < 3) {
            LocalDate on = min(latest.plusDays(random.nextInt(5)), today);
            try {
                commands.sendAndWait(new WithdrawApplication(number, "项目暂缓建设", on, CLERK, channel));
            } catch (RuntimeException allTracksEnded) {
                // a case whose tracks have all ended cannot be withdrawn: keep it as it is
            }
        }
        return number;
    }

    private List<ServiceSelection> services(Random random) {
        List<ServiceSelection> picked = new ArrayList<>();
        for (UtilityService s : UtilityService.values()) {
            if (random.nextInt(100) < (s == UtilityService.POWER || s == UtilityService.WATER ? 75 : 35)) {
                picked.add(new ServiceSelection(s, false, s == UtilityService.POWER
                        ? PowerCategory.values()[random.nextInt(4)] : null));
            }
        }
        if (picked.isEmpty()) {
            picked.add(ServiceSelection.of(UtilityService.TELECOM));
        }
        return picked;
    }

    /**
     * Steps one track from acceptance on at a random pace scaled to its limit (about 1.4 calendar days per working
     * day): most reach connection in time, some late; a few stall on the way (the overdue backlog) and some of
     * those are rejected. Returns the day of its last step; recent tracks are still open when today is reached.
     */
    private LocalDate walk(Random random, String number, UtilityService service, int limit, LocalDate acceptedOn,
                           LocalDate today) {
        Actor staff = staff(service);
        double pace = 0.4 + random.nextDouble() * 0.9; // the share of the limit this track takes, 0.4 to 1.3
        double daysPerStep = limit * 1.4 / FORWARD.size() * pace;
        int goal = random.nextInt(100) < 92 ? FORWARD.size() : random.nextInt(FORWARD.size());
        LocalDate day = acceptedOn;
        for (int i = 0; i < goal; i++) {
            day = day.plusDays(Math.round(random.nextDouble() * 2 * daysPerStep));
            if (random.nextInt(100) < 8) {
                boolean pause = random.nextBoolean();
                if (day.isAfter(today)) {
                    return today;
                }
                step(number, service, pause ? TrackStep.PAUSED : TrackStep.SUPPLEMENT_REQUESTED, day,
                        pause ? "等待建设单位完成红线内工程" : "缺少用水点位图", staff);
                day = day.plusDays(1 + random.nextInt(10));
                if (day.isAfter(today)) {
                    return today;
                }
                step(number, service, pause ? TrackStep.RESUMED : TrackStep.SUPPLEMENT_SUPPLIED, day, null, staff);
            }
            if (day.isAfter(today)) {
                return today;
            }
            step(number, service, FORWARD.get(i), day, null, staff);
        }
        if (goal < FORWARD.size() && random.nextInt(100) < 50 && !day.isAfter(today)) {
            step(number, service, TrackStep.REJECTED, day, "不具备接入条件", staff);
        }
        return min(day, today);
    }

    private void step(String number, UtilityService service, TrackStep step, LocalDate on, String note,
                      Actor staff) {
        commands.sendAndWait(new RecordTrackStep(number, service, step, on, note, staff,
                Channel.STAFF_WORKSPACE));
    }

    private static Actor staff(UtilityService service) {
        return DemoAccounts.utilityStaff(service);
    }

    private static String creditCode(Random random) {
        StringBuilder first17 = new StringBuilder("91371000");
        while (first17.length() < 17) {
            first17.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return CreditCode.complete(first17.toString());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
