/** An error about one document: names the document and the problem, so a run can report it and go on. */
export class ExtractError extends Error {
  readonly source_file: string;
  readonly problem: string;
  constructor(source_file: string, problem: string) {
    super(`${source_file}: ${problem}`);
    this.name = "ExtractError";
    this.source_file = source_file;
    this.problem = problem;
  }
}
