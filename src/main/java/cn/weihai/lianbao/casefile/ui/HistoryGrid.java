package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.List;

/** The case's full timeline, oldest first: what happened, on which business date, recorded when, by whom, how. */
public class HistoryGrid extends Grid<HistoryEntry> {

    public HistoryGrid(List<HistoryEntry> history) {
        setId("case-history-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        EventDescriptions descriptions = new EventDescriptions(Labels::text);

        addColumn(HistoryEntry::sequence).setKey("sequence").setHeader(Labels.text("history.column.sequence"))
                .setWidth("3.5rem").setFlexGrow(0);
        addColumn(h -> descriptions.typeLabel(h.event())).setKey("type").setHeader(Labels.text("history.column.type"))
                .setWidth("7rem").setFlexGrow(0);
        addColumn(h -> Labels.date(h.occurredOn())).setKey("occurredOn")
                .setHeader(Labels.text("history.column.occurredOn")).setWidth("7rem").setFlexGrow(0);
        addColumn(h -> Labels.dateTime(h.recordedAt())).setKey("recordedAt")
                .setHeader(Labels.text("history.column.recordedAt")).setWidth("7rem").setFlexGrow(0);
        addColumn(h -> h.actor().displayName()).setKey("actor").setHeader(Labels.text("history.column.actor"))
                .setWidth("5.5rem").setFlexGrow(0);
        addColumn(h -> Labels.of(h.actor().role())).setKey("role").setHeader(Labels.text("history.column.role"))
                .setWidth("7.5rem").setFlexGrow(0);
        addColumn(h -> Labels.orEmpty(h.actor().organisation())).setKey("organisation")
                .setHeader(Labels.text("history.column.organisation")).setWidth("8.5rem").setFlexGrow(0);
        addColumn(h -> Labels.of(h.channel())).setKey("channel").setHeader(Labels.text("history.column.channel"))
                .setWidth("8rem").setFlexGrow(0);
        addColumn(h -> descriptions.describe(h.event())).setKey("description")
                .setHeader(Labels.text("history.column.description")).setWidth("14rem").setFlexGrow(1);
        setItems(history);
    }
}
