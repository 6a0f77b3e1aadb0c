package cn.weihai.lianbao.integration.webhook;

public enum DeliveryStatus {
    PENDING, SENDING, DELIVERED, FAILED
}
