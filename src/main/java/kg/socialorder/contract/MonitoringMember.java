package kg.socialorder.contract;

/**
 * A member of the joint monitoring and evaluation group. Officials and others with a login have a
 * {@code userId} and receive the group's tasks; community leaders may take part without one.
 */
public record MonitoringMember(String name, String userId, String category, boolean chair) {}
