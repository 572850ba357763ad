/**
 * The Unix domain socket a kdb+ process listening on `port` also serves, for
 * `` hopen `:unix://port ``. kdb+ 3.5+ on Linux binds the abstract name `"\0/tmp/kx.PORT"`;
 * elsewhere it is a file. The directory is `$QUDSPATH` when set, else `/tmp`.
 *
 * @param port - the kdb+ listening port.
 * @param options - `abstract` overrides the platform default; `dir` overrides `$QUDSPATH`.
 * @returns the path to give `connect({ unixSocket })` or `createServer({ unixSocket })`.
 */
export function unixSocketPath(
  port: number,
  options: { abstract?: boolean; dir?: string } = {},
): string {
  const env = typeof process === 'undefined' ? undefined : process.env['QUDSPATH'];
  const dir = options.dir ?? (env !== undefined && env !== '' ? env : '/tmp');
  const abstract =
    options.abstract ?? (typeof process !== 'undefined' && process.platform === 'linux');
  return `${abstract ? '\0' : ''}${dir}/kx.${port}`;
}

/** True for a Linux abstract socket name (leading NUL), which has no file to create or remove. */
export function isAbstractSocket(path: string): boolean {
  return path.startsWith('\0');
}
