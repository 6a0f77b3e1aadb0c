package cn.weihai.lianbao.load;

import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.AnswerSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.AttachMaterial;
import cn.weihai.lianbao.casefile.api.Commands.CloseSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.GiveExternalWorksOpinion;
import cn.weihai.lianbao.casefile.api.Commands.IssueExternalWorksPermit;
import cn.weihai.lianbao.casefile.api.Commands.IssueSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.PrepareExternalWorksMaterials;
import cn.weihai.lianbao.casefile.api.Commands.RateService;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Commands.RequestConnection;
import cn.weihai.lianbao.casefile.api.Commands.RevealPersonalData;
import cn.weihai.lianbao.casefile.api.Commands.SendBackSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.SubmitExternalWorks;
import cn.weihai.lianbao.casefile.api.Commands.UploadCommitmentLetter;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawService;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.CloseComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ForwardComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.RegisterComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ReplyToComplaint;
import cn.weihai.lianbao.hotline.complaint.api.Satisfaction;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Realistic cases reproducible from a seed: case {@code index} of seed {@code s} is always the same plan (only its
 * case number comes from the database). Accepted on working days between 2024-01-02 and today; service mixes with
 * every power category (35 kV with its plan reply), external works with the departments' joint approval (refusals,
 * second rounds, commitment letters, highway works), pauses and supplements, rejections, withdrawn services and
 * applications, connection requests and ratings, supervision orders and 12345 complaints on open cases. Older cases
 * are mostly connected; recent ones are still under way. Every plan is a list of valid commands: sent through the
 * command gateway it builds the case for real, and {@link CaseEventBuilder} turns it into the same events directly.
 */
public final class CasePlanner {
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 2);
    private static final List<String> PROJECTS = List.of("花园小区", "产业园厂房", "冷链仓储中心", "综合楼",
            "学校教学楼", "医院门诊楼", "物流园仓库", "商业综合体", "人才公寓", "污水处理站", "数据中心", "安置房");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "于", "孙", "丛", "毕", "宋");
    private static final Channel[] INTAKE = {Channel.GOV_SERVICE_CENTER, Channel.SHARED_HALL,
            Channel.UTILITY_COUNTER, Channel.PROJECT_APPROVAL_SYSTEM, Channel.SHANDONG_GOV_PORTAL,
            Channel.AISHANDONG_APP};
    private static final List<TrackStep> FORWARD = List.of(TrackStep.SURVEYED, TrackStep.PLAN_ISSUED,
            TrackStep.CONSTRUCTION_STARTED, TrackStep.CONSTRUCTION_FINISHED, TrackStep.ACCEPTANCE_PASSED,
            TrackStep.CONNECTED);
    private static final List<Department> ASKED = List.of(Department.HOUSING_CONSTRUCTION, Department.TRAFFIC_POLICE,
            Department.NATURAL_RESOURCES_PLANNING, Department.WATER_AFFAIRS, Department.BIG_DATA);
    private static final Channel WS = Channel.STAFF_WORKSPACE;

    private final WorkingDayCalendar calendar;
    private final TimeLimitPolicy limits;
    private final LocalDate today;

    public CasePlanner(WorkingDayCalendar calendar, TimeLimitPolicy limits, LocalDate today) {
        this.calendar = calendar;
        this.limits = limits;
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    /** The acceptance day of case {@code index}: known before the plan, so numbers can be reserved per year. */
    public LocalDate acceptedOn(long seed, long index) {
        return acceptedOn(random(seed, index));
    }

    public CasePlan plan(long seed, long index, String caseNumber) {
        Random r = random(seed, index);
        LocalDate acceptedOn = acceptedOn(r);
        return new Planning(r, caseNumber, acceptedOn).plan();
    }

    private static Random random(long seed, long index) {
        return new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
    }

    private LocalDate acceptedOn(Random r) {
        long days = ChronoUnit.DAYS.between(FIRST_DAY, today);
        LocalDate day = FIRST_DAY.plusDays((long) (r.nextDouble() * (days + 1)));
        while (!calendar.isWorkingDay(day) && day.isBefore(today)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A command with the business day it happens on; commands of one track or the approval come in day order. */
    private record Dated(LocalDate on, int order, Object command) {
    }

    private final class Planning {
        private final Random r;
        private final String number;
        private final LocalDate acceptedOn;
        private final List<Dated> dated = new ArrayList<>();
        private int order;
        private final Channel channel;
        private final String firm;
        private final String creditCode;
        private final boolean old;

        Planning(Random r, String number, LocalDate acceptedOn) {
            this.r = r;
            this.number = number;
            this.acceptedOn = acceptedOn;
            this.channel = INTAKE[r.nextInt(INTAKE.length)];
            Builders.Builder builder = Builders.pick(r);
            this.firm = builder.name();
            this.creditCode = builder.creditCode();
            this.old = ChronoUnit.DAYS.between(acceptedOn, today) > 120;
        }

        CasePlan plan() {
            District district = District.values()[r.nextInt(District.values().length)];
            String project = district.chineseName() + PROJECTS.get(r.nextInt(PROJECTS.size())) + (r.nextInt(9) + 1)
                    + "期";
            List<ServiceSelection> services = services();
            List<Object> commands = new ArrayList<>();
            commands.add(new AcceptApplication(number, acceptedOn, channel,
                    new Applicant(firm, creditCode, SURNAMES.get(r.nextInt(SURNAMES.size())) + "经理",
                            "1" + (3 + r.nextInt(7)) + "%09d".formatted(r.nextInt(1_000_000_000))),
                    new Project(project, "%02d%02d-371000-04-01-%06d".formatted(acceptedOn.getYear() % 100,
                            acceptedOn.getMonthValue(), r.nextInt(1_000_000)),
                            district.chineseName() + "某路" + (r.nextInt(300) + 1) + "号", district,
                            ConstructionType.values()[r.nextInt(ConstructionType.values().length)]),
                    services, Actors.CLERK));
            materials(services);
            LocalDate permit = services.stream().anyMatch(ServiceSelection::externalWorks) ? approval() : null;
            List<UtilityService> open = new ArrayList<>();
            for (ServiceSelection s : services) {
                if (walk(s, permit).open()) {
                    open.add(s.service());
                }
            }
            boolean anyOpen = !open.isEmpty();
            boolean withdrawn = false;
            if (anyOpen && r.nextInt(100) < (old ? 40 : 3)) {
                LocalDate last = dated.stream().map(Dated::on).max(Comparator.naturalOrder()).orElse(acceptedOn);
                LocalDate on = min(last.plusDays(r.nextInt(6)), today);
                add(on, new WithdrawApplication(number, r.nextBoolean() ? "项目暂缓建设" : "建设单位申请撤回",
                        on, Actors.CLERK, channel));
                withdrawn = true;
            }
            dated.sort(Comparator.comparing(Dated::on).thenComparingInt(Dated::order));
            dated.forEach(d -> commands.add(d.command()));
            boolean ordersOpen = false;
            if (!withdrawn && anyOpen && r.nextInt(100) < 12) {
                ordersOpen = orders(commands, open);
            }
            List<Object> complaint = new ArrayList<>();
            if (r.nextInt(1000) < 25) {
                complaint(commands, complaint, services, withdrawn);
            }
            boolean ticking = !withdrawn && (anyOpen || ordersOpen);
            return new CasePlan(number, acceptedOn, List.copyOf(commands), List.copyOf(complaint), ticking);
        }

        private List<ServiceSelection> services() {
            List<ServiceSelection> picked = new ArrayList<>();
            for (UtilityService s : UtilityService.values()) {
                if (r.nextInt(100) < (s == UtilityService.POWER || s == UtilityService.WATER ? 75 : 30)) {
                    boolean external = s.externalWorksPossible() && r.nextInt(100) < 20;
                    picked.add(new ServiceSelection(s, external, s == UtilityService.POWER ? powerCategory() : null));
                }
            }
            if (picked.isEmpty()) {
                picked.add(ServiceSelection.of(UtilityService.TELECOM));
            }
            return picked;
        }

        private PowerCategory powerCategory() {
            int p = r.nextInt(100);
            return p < 25 ? PowerCategory.RESIDENTIAL : p < 60 ? PowerCategory.LOW_VOLTAGE_THREE_ZERO
                    : p < 80 ? PowerCategory.KV10_SINGLE : p < 90 ? PowerCategory.KV10_DUAL
                    : p < 96 ? PowerCategory.KV35_SINGLE : PowerCategory.KV35_DUAL;
        }

        private void materials(List<ServiceSelection> services) {
            if (r.nextInt(100) < 70) {
                material(MaterialType.APPLICATION_FORM, "联合报装申请表.pdf");
            }
            if (r.nextInt(100) < 30) {
                material(MaterialType.BUSINESS_LICENCE, "营业执照.pdf");
            }
            if (services.stream().anyMatch(s -> s.service() == UtilityService.WATER) && r.nextInt(100) < 30) {
                material(MaterialType.WATER_USE_POINTS, "用水点位图.dwg");
            }
        }

        private void material(MaterialType type, String fileName) {
            add(acceptedOn, new AttachMaterial(number, type, fileName, sha256(), 20_000 + r.nextInt(5_000_000), null,
                    acceptedOn, Actors.CLERK, channel));
        }

        /** The external-works joint approval; returns the permit's day, or null when it is not issued by today. */
        private LocalDate approval() {
            LocalDate day = acceptedOn;
            boolean commitment = r.nextInt(100) < 50;
            boolean highway = r.nextInt(100) < 20;
            Set<Department> asked = new TreeSet<>();
            for (Department d : ASKED) {
                if (r.nextInt(100) < 50) {
                    asked.add(d);
                }
            }
            if (asked.isEmpty()) {
                asked.add(Department.HOUSING_CONSTRUCTION);
            }
            List<Department> concerned = new ArrayList<>(asked);
            if (highway) {
                concerned.add(Department.HIGHWAY);
            }
            for (int round = 1; round <= 2; round++) {
                MaterialsPreparer preparer = r.nextBoolean() ? MaterialsPreparer.UTILITY : MaterialsPreparer.CONTRACTOR;
                if ((day = next(day, 1, 5)) == null) {
                    return null;
                }
                add(day, new PrepareExternalWorksMaterials(number, preparer, commitment, highway,
                        round == 1 ? null : "按审批意见修改后重新报送", day, Actors.CLERK, WS));
                if (commitment) {
                    add(day, new UploadCommitmentLetter(number, "告知承诺书.pdf", sha256(), day, Actors.CLERK, WS));
                }
                if ((day = next(day, 0, 2)) == null) {
                    return null;
                }
                add(day, new SubmitExternalWorks(number, asked, day, Actors.CLERK, WS));
                boolean refused = round == 1 && r.nextInt(100) < 12;
                int refusing = refused ? r.nextInt(concerned.size()) : -1;
                for (int i = 0; i < concerned.size(); i++) {
                    Department d = concerned.get(i);
                    if ((day = next(day, 0, 2)) == null) {
                        return null;
                    }
                    if (i == refusing) {
                        add(day, new GiveExternalWorksOpinion(number, d, false, "管线走向与规划道路冲突，请调整", day,
                                Actors.department(d), WS));
                        break;
                    }
                    add(day, new GiveExternalWorksOpinion(number, d, true, null, day, Actors.department(d), WS));
                }
                if (refusing >= 0) {
                    continue;
                }
                if ((day = next(day, 0, 2)) == null) {
                    return null;
                }
                add(day, new IssueExternalWorksPermit(number, "威住建外线许〔%d〕%06d号".formatted(day.getYear(),
                        r.nextInt(1_000_000)), day, Actors.department(Department.HOUSING_CONSTRUCTION), WS));
                return day;
            }
            return null;
        }

        private record TrackEnd(LocalDate lastDay, boolean open) {
        }

        /**
         * Steps one track forward at a pace scaled to its limit (about 1.4 calendar days per working day): most are
         * connected, some late; a few stall (the overdue backlog), and of old stalled tracks most are rejected or
         * withdrawn. Construction with external works waits for the permit.
         */
        private TrackEnd walk(ServiceSelection s, LocalDate permit) {
            UtilityService service = s.service();
            Actor staff = Actors.utility(service);
            int limit = limits.limitFor(service, s.externalWorks(), s.powerCategory()).workingDays();
            double pace = 0.4 + r.nextDouble() * 0.9;
            double daysPerStep = Math.max(1, limit * 1.4 / FORWARD.size() * pace);
            int stall = r.nextInt(100) < (old ? 4 : 10) ? r.nextInt(FORWARD.size()) : FORWARD.size();
            LocalDate day = acceptedOn;
            for (int i = 0; i < stall; i++) {
                TrackStep step = FORWARD.get(i);
                LocalDate on = day.plusDays(Math.round(r.nextDouble() * 2 * daysPerStep));
                if (step == TrackStep.CONSTRUCTION_STARTED && s.externalWorks()) {
                    if (permit == null) {
                        return new TrackEnd(day, true);
                    }
                    on = max(on, permit);
                }
                if (r.nextInt(100) < 7) {
                    boolean pause = r.nextBoolean();
                    if (on.isAfter(today)) {
                        return new TrackEnd(day, true);
                    }
                    add(on, new RecordTrackStep(number, service, pause ? TrackStep.PAUSED
                            : TrackStep.SUPPLEMENT_REQUESTED, on, pause ? "等待建设单位完成红线内工程"
                            : "缺少" + (service == UtilityService.WATER ? "用水点位图" : "施工图设计资料"), staff, WS));
                    day = on;
                    on = on.plusDays(1 + r.nextInt(12));
                    if (on.isAfter(today)) {
                        return new TrackEnd(day, true);
                    }
                    add(on, new RecordTrackStep(number, service, pause ? TrackStep.RESUMED
                            : TrackStep.SUPPLEMENT_SUPPLIED, on, null, staff, WS));
                    day = on;
                }
                if (on.isAfter(today)) {
                    return new TrackEnd(day, true);
                }
                add(on, new RecordTrackStep(number, service, step, on, null, staff, WS));
                day = on;
                if (step == TrackStep.CONSTRUCTION_FINISHED && r.nextInt(100) < 40) {
                    add(on, new RequestConnection(number, service, "红线内工程已完工，申请验收接通", on,
                            Actors.applicant(creditCode, firm), Channel.ONLINE));
                }
            }
            if (stall == FORWARD.size()) {
                if (r.nextInt(100) < 25) {
                    LocalDate on = min(day.plusDays(r.nextInt(10)), today);
                    int stars = r.nextInt(100) < 8 ? 1 + r.nextInt(2) : 3 + r.nextInt(3);
                    add(on, new RateService(number, service, stars, stars <= 2 ? "现场施工拖延，沟通不及时" : null, on,
                            Actors.applicant(creditCode, firm), Channel.ONLINE));
                }
                return new TrackEnd(day, false);
            }
            if (old && r.nextInt(100) < 70) {
                LocalDate on = min(day.plusDays(1 + r.nextInt(20)), today);
                if (r.nextInt(100) < 60) {
                    add(on, new RecordTrackStep(number, service, TrackStep.REJECTED, on, "不具备接入条件", staff, WS));
                } else {
                    add(on, new WithdrawService(number, service, "建设单位不再需要该事项", on, Actors.CLERK, WS));
                }
                return new TrackEnd(on, false);
            }
            return new TrackEnd(day, true);
        }

        /** 督办 on an open case, issued, answered and closed today (orders take today's date). */
        private boolean orders(List<Object> commands, List<UtilityService> open) {
            UtilityService on = r.nextInt(100) < 70 ? open.get(r.nextInt(open.size())) : null;
            commands.add(new IssueSupervisionOrder(number, on, "办理超期，请限期整改并说明原因", 3 + r.nextInt(8),
                    Actors.SUPERVISOR, WS));
            if (r.nextInt(100) < 50) {
                return true;
            }
            Actor answering = on == null ? Actors.CLERK : Actors.utility(on);
            commands.add(new AnswerSupervisionOrder(number, 1, "已安排专人跟进，预计本周内完成", on, answering, WS));
            if (r.nextInt(100) < 20) {
                commands.add(new SendBackSupervisionOrder(number, 1, "答复未说明超期原因", Actors.SUPERVISOR, WS));
                return true;
            }
            if (r.nextInt(100) < 60) {
                commands.add(new CloseSupervisionOrder(number, 1, null, Actors.SUPERVISOR, WS));
                return false;
            }
            return true;
        }

        /** A 12345 complaint about the case, forwarded, replied and closed today; the agent looked at the case. */
        private void complaint(List<Object> caseCommands, List<Object> complaint, List<ServiceSelection> services,
                               boolean withdrawn) {
            String ticket = "GD" + number.replace("-", "");
            UtilityService about = r.nextInt(100) < 80 ? services.get(r.nextInt(services.size())).service() : null;
            ComplaintCategory category = ComplaintCategory.values()[r.nextInt(ComplaintCategory.values().length)];
            complaint.add(new RegisterComplaint(ticket, SURNAMES.get(r.nextInt(SURNAMES.size())) + "先生",
                    "139%08d".formatted(r.nextInt(100_000_000)), "反映报装办理进度慢，多次催问无答复", category,
                    number, about, Actors.HOTLINE, Channel.HOTLINE));
            caseCommands.add(new RevealPersonalData(number, ticket, "核实来电人身份", Actors.HOTLINE,
                    Channel.HOTLINE));
            complaint.add(new ForwardComplaint(ticket, about, 5, Actors.HOTLINE, Channel.HOTLINE));
            complaint.add(new ReplyToComplaint(ticket, "已联系建设单位说明情况并加快办理",
                    about, about == null ? Actors.SUPERVISOR : Actors.utility(about), WS));
            complaint.add(new CloseComplaint(ticket, Satisfaction.values()[r.nextInt(Satisfaction.values().length)],
                    null, Actors.HOTLINE, Channel.HOTLINE));
        }

        /** The next day {@code min}..{@code max} days on, or null when that is after today. */
        private LocalDate next(LocalDate day, int min, int max) {
            LocalDate on = day.plusDays(min + r.nextInt(max - min + 1));
            return on.isAfter(today) ? null : on;
        }

        private void add(LocalDate on, Object command) {
            dated.add(new Dated(on, order++, command));
        }

        private String sha256() {
            byte[] bytes = new byte[32];
            r.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }

    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static Set<UtilityService> servicesOf(List<ServiceSelection> services) {
        Set<UtilityService> set = EnumSet.noneOf(UtilityService.class);
        services.forEach(s -> set.add(s.service()));
        return set;
    }
}
