package kg.socialorder.mail;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class ProcedureMailOnPostgresTest extends ProcedureMailScenarios {}
