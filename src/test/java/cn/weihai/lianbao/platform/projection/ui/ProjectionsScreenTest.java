package cn.weihai.lianbao.platform.projection.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectionsScreenTest extends UiTest {

    @Test
    void anAdministratorSeesEachProcessorWithItsProgressAndRebuildButtons() {
        signIn("admin");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-projections"))).hasSize(1);
        UI.getCurrent().navigate(ProjectionsView.class);

        Div summary = _get(Div.class, spec -> spec.withId("projection-case-views"));
        assertThat(get_textRecursively(summary)).contains("池化流式处理").contains("令牌位置").contains("案件列表、工作队列");
        assertThat(_find(Button.class, spec -> spec.withId("rebuild-case-views"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("rebuild-supervision-views"))).hasSize(1);
        // it sends commands: no rebuild
        assertThat(_find(Div.class, spec -> spec.withId("projection-calendar-recheck"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("rebuild-calendar-recheck"))).isEmpty();
        assertThat(_find(ProgressBar.class, spec -> spec.withId("progress-case-views"))).hasSize(1);
    }

    @Test
    void othersDoNotReachThePage() {
        signIn("supervisor");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ProjectionsView.class))
                .isInstanceOf(MockAccessDeniedException.class); // Karibu's 403
    }
}
