package kg.socialorder.contract;

/** A notification was recorded in the outbox, in the transaction of the step that wrote it. */
public record NotificationRecorded(Notification notification) {}
