// Where generated files (PDF reports) live: a tiny interface with a local-disk default and an
// S3-compatible implementation, chosen by configuration.
export interface FileStorage {
  readonly name: string;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The file, or null when it does not exist. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; a missing file is not an error (erasure and retention may repeat). */
  delete(key: string): Promise<void>;
}
