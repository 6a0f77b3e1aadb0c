package cn.weihai.lianbao.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings. Vaadin 25 applies no theme by itself: Lumo is loaded here, then our own styles. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/lianbao.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("联合报装");
    }
}
