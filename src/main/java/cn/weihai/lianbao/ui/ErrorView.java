package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.casefile.ui.CaseListView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when opening a page fails unexpectedly: a plain message and the way back, the details go to the log. */
@PermitAll
public class ErrorView extends Main implements HasErrorParameter<Exception> {
    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open '{}'", event.getLocation().getPath(), parameter.getCaughtException());
        addClassName("lb-page");
        setId("error-view");
        removeAll();
        add(new H2(getTranslation("errorPage.title")), new Paragraph(getTranslation("error.internal")),
                new RouterLink(getTranslation("action.backToList"), CaseListView.class));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
