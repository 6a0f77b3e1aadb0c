package cn.weihai.lianbao.casefile.importing.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.importing.ImportColumn;
import cn.weihai.lianbao.casefile.importing.ImportFiles;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportViewTest extends UiTest {

    @Test
    void aClerkUploadsSeesTheReportThenImportsAGoodFileAndWatchesItFinish() {
        signIn("clerk");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-import"))).hasSize(1);
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);

        Map<ImportColumn, String> good = ImportFiles.validRow(ImportFiles.daysAgo(25));
        good.put(ImportColumn.WATER_CONNECTED_ON, ImportFiles.daysAgo(20).toString());
        Map<ImportColumn, String> bad = ImportFiles.validRow(ImportFiles.daysAgo(25));
        bad.put(ImportColumn.PHONE, "12345");
        bad.put(ImportColumn.DISTRICT, "北京");
        UploadKt._upload(view.upload, "mixed.csv", "text/csv", new ImportFiles().row(good).row(bad).utf8());

        assertThat(view.summary.getText()).contains("共 2 行").contains("发现 2 处问题").contains("未导入任何数据");
        assertThat(GridKt._size(view.problems)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.problems, 0)).containsExactly("3", "联系电话", "12345",
                "请填写11位手机号码");
        assertThat(GridKt._getFormattedRow(view.problems, 1).get(1)).isEqualTo("所在区市");
        assertThat(view.rejectedDownload.isVisible()).isTrue();
        assertThat(view.start.isEnabled()).isFalse();

        Map<ImportColumn, String> second = ImportFiles.validRow(ImportFiles.daysAgo(24));
        UploadKt._upload(view.upload, "good.csv", "text/csv", new ImportFiles().row(good).row(second).utf8());
        assertThat(view.summary.getText()).contains("共 2 行").contains("全部检查通过");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.start.isEnabled()).isTrue();

        _click(view.start);
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ImportView.POLL_MILLIS);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (UI.getCurrent().getPollInterval() > 0 && Instant.now().isBefore(deadline)) {
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
            sleep();
        }

        assertThat(UI.getCurrent().getPollInterval()).as("polling stops when the import is done").isNegative();
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.progressText.getText()).isEqualTo("已导入 2 / 2 行");
        assertThat(get_textRecursively(view.result)).contains("导入完成：共创建 2 个案件");
        assertThat(_find(RouterLink.class, spec -> spec.withText("LB-"))).isEmpty();
        assertThat(view.result.getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                .filter(RouterLink.class::isInstance).map(c -> ((RouterLink) c).getText()))
                .hasSize(2).allMatch(t -> t.startsWith("LB-"));
    }

    @Test
    void aCsvIsRequired() {
        signIn("admin");
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);

        UploadKt._upload(view.upload, "cases.xlsx", "application/octet-stream", new byte[]{1, 2, 3});

        assertThat(view.summary.getText()).isEqualTo("只能上传 .csv 文件");
        assertThat(view.start.isEnabled()).isFalse();
    }

    @Test
    void utilityStaffDoNotReachThePage() {
        signIn("water");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ImportView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
