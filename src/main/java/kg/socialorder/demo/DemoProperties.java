package kg.socialorder.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo data ({@code social-order.demo.*}), only in the demo profile.
 *
 * @param loadCases load the real cases ({@link RealCases}) as social orders at their stages on first start
 */
@ConfigurationProperties("social-order.demo")
public record DemoProperties(boolean loadCases) {}
