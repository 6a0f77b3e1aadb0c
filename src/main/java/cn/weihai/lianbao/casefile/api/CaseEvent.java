package cn.weihai.lianbao.casefile.api;

import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;

import java.time.LocalDate;

/** Every fact about a case carries its business date, who did it, and through which channel. */
public interface CaseEvent {
    String caseNumber();

    LocalDate occurredOn();

    Actor actor();

    Channel channel();
}
