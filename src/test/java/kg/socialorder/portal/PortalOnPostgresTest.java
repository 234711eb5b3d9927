package kg.socialorder.portal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class PortalOnPostgresTest extends PortalScenarios {}
