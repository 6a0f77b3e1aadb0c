package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.materials.MaterialStore;
import cn.weihai.lianbao.casefile.queue.ui.QueueView;
import cn.weihai.lianbao.hotline.ui.HotlineView;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.ui.SupervisionView;
import cn.weihai.lianbao.casefile.TestCases;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input through the screens (issue 9, part 6): a field error or the text kept verbatim, never a failure. */
class HostileInputScreensTest extends UiTest {
    static final String[] HOSTILE = {"'; DROP TABLE app_user; --", "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>", "\" OR '1'='1", "工程😀\u202Eevil\u200B末", "%' OR 1=1 --", "\\", "_%"};

    @Autowired
    CaseFileQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MaterialStore store;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    private IntakeView openForm() {
        signIn("clerk");
        UI.getCurrent().navigate(IntakeView.class);
        return _find(IntakeView.class).getFirst();
    }

    private void fill(IntakeView form, String text) {
        _setValue(form.applicantName, text + "公司" + unique);
        _setValue(form.creditCode, TestCases.creditCode());
        _setValue(form.contactName, "张经理");
        _setValue(form.phone, "13806310000");
        _setValue(form.projectName, text);
        _setValue(form.projectCode, "2611-371002-04-01-" + unique);
        _setValue(form.address, text + "路");
        _setValue(form.district, District.HUANCUI);
        _setValue(form.constructionType, ConstructionType.NEW);
        _setValue(form.services.get(UtilityService.TELECOM).selected, true);
    }

    private int accepted() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%ApplicationAccepted'", Integer.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE app_user; --", "<script>alert('x')</script>", "\" OR '1'='1",
            "工程😀\u202Eevil\u200B末"})
    void injectionStringsInTheIntakeFormAreKeptVerbatim(String text) {
        IntakeView form = openForm();
        fill(form, text);

        _click(form.submit);

        List<H2> number = _find(H2.class, spec -> spec.withId("case-number"));
        assertThat(number).as(get_textRecursively(form)).hasSize(1);
        CaseDetails details = queries.find(number.getFirst().getText()).orElseThrow();
        assertThat(details.project().name()).isEqualTo(text);
        assertThat(details.project().address()).isEqualTo(text + "路");
        assertThat(details.applicant().name()).isEqualTo(text + "公司" + unique);
    }

    @Test
    void aNulInTheIntakeFormIsAnErrorAndStoresNothing() {
        IntakeView form = openForm();
        fill(form, "工程\u0000名称");
        int before = accepted();

        _click(form.submit);

        assertThat(_find(H2.class, spec -> spec.withId("case-number"))).isEmpty();
        assertThat(form.formError.getText()).isNotBlank();
        assertThat(accepted()).isEqualTo(before);
    }

    @Test
    void aDisguisedExecutableIsRefusedAndAPathInItsNameIsDropped() {
        IntakeView form = openForm();
        fill(form, "上传测试" + unique);
        _setValue(form.services.get(UtilityService.WATER).selected, true);
        MaterialChecklistItem drawing = form.materials.get(MaterialType.WATER_USE_POINTS);

        byte[] exe = ("MZ\u0090\u0000 this program cannot be run in DOS mode " + unique)
                .getBytes(StandardCharsets.ISO_8859_1);
        UploadKt._upload(drawing.upload, "用水点.dwg", "image/vnd.dwg", exe);
        assertThat(drawing.error.getText()).contains("文件内容与类型不符");
        assertThat(drawing.chosen()).isEmpty();

        byte[] dwg = ("AC1027 用水点 " + unique).getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(drawing.upload, "../../etc/\u202Egpj.dwg", "text/html", dwg);
        assertThat(drawing.chosen()).hasSize(1);
        String name = get_textRecursively(drawing.files);
        assertThat(name).contains("gpj.dwg").doesNotContain("..").doesNotContain("/").doesNotContain("\u202E");
    }

    @Test
    void injectionAndNulInEverySearchFieldNeverFail() {
        Map<String, Class<? extends Component>> views = Map.of("clerk", CaseListView.class,
                "supervisor", SupervisionView.class, "hotline", HotlineView.class, "water", QueueView.class);
        views.forEach((user, view) -> {
            signIn(user);
            UI.getCurrent().navigate(view);
            List<TextField> fields = _find(TextField.class);
            assertThat(fields).as(view.getSimpleName()).isNotEmpty();
            for (TextField field : fields) {
                for (String text : List.of(HOSTILE[0], HOSTILE[1], HOSTILE[3], HOSTILE[5], HOSTILE[6], HOSTILE[7],
                        "a\u0000b", "x".repeat(5000))) {
                    _setValue(field, text);
                    _find(Grid.class).forEach(GridKt::_size);
                }
            }
        });
    }
}
