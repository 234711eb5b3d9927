/**
 * The procedure's steps as its people take them, once for the demo loader and the tests' drivers: per
 * process, what each form submits, built from domain values ({@link kg.socialorder.procedure.SelectionForms},
 * {@link kg.socialorder.procedure.CompetitionForms}, {@link kg.socialorder.procedure.ContractForms},
 * {@link kg.socialorder.procedure.TrancheForms}, {@link kg.socialorder.procedure.FinalReportForms}), and the
 * moves between steps ({@link kg.socialorder.procedure.ProcedureMoves}). Nothing here runs in production:
 * the demo profile and the tests use it.
 */
package kg.socialorder.procedure;
