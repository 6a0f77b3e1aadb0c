package cn.weihai.lianbao.casefile.api;

/**
 * An event of another aggregate that concerns a case (e.g. a complaint about it): shown in the case's timeline and
 * audit in line with the case's own events, never folded into the case itself.
 */
public interface RelatedEvent extends CaseEvent {
}
