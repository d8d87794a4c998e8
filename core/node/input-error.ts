/** An input the CLI cannot lint. The message is one line and names the input; no stack trace is shown. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'InputError';
  }
}
