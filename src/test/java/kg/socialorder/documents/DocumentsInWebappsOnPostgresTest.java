package kg.socialorder.documents;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class DocumentsInWebappsOnPostgresTest extends DocumentsInWebappsScenarios {}
