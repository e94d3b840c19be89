/**
 * A fake of Office.context.document.settings (Office.Settings) for one document, as strict as
 * the reference makes it (proven in test/fakes/documentSettings.test.ts):
 *
 * - set and remove change only the in-memory copy of the settings property bag; the document
 *   keeps them only after saveAsync ("The developer is responsible for calling the saveAsync
 *   method after adding or deleting settings to save the settings in the document", Office.js
 *   reference, Office.Settings). A reopened document sees what was last saved, nothing else.
 * - Values are stored as their JSON serialization (Settings.set: "the value is stored in the
 *   document as the serialized JSON representation of its data type"), so get returns a copy,
 *   and a value JSON cannot hold (a function, undefined) is refused.
 * - get of a name never set returns null.
 * - saveAsync calls back with an AsyncResult whose status is "succeeded" or "failed" (with
 *   error.message); `saveFails` models a failed save (for instance a read-only document), after
 *   which the document still holds what it held before.
 */
export class FakeDocumentSettings {
  private memory: Record<string, string>;
  saveFails = false;
  saves = 0;

  /** `document` is what the file holds: what saveAsync wrote, read again on each open. */
  constructor(readonly document: { saved: Record<string, string> } = { saved: {} }) {
    this.memory = { ...document.saved };
  }

  get(name: string): unknown {
    const json = this.memory[name];
    return json === undefined ? null : JSON.parse(json);
  }

  set(name: string, value: unknown): void {
    const json = JSON.stringify(value);
    if (json === undefined || typeof value === "function")
      throw Object.assign(new Error(`The value of setting "${name}" cannot be serialized.`), {
        code: "InvalidArgument",
      });
    this.memory[name] = json;
  }

  remove(name: string): void {
    delete this.memory[name];
  }

  saveAsync(
    optionsOrCallback?: unknown,
    maybeCallback?: (result: { status: string; error?: { message: string } }) => void,
  ): void {
    const callback =
      typeof optionsOrCallback === "function"
        ? (optionsOrCallback as typeof maybeCallback)
        : maybeCallback;
    // The host answers asynchronously, never inside the call.
    setTimeout(() => {
      if (this.saveFails) {
        callback?.({ status: "failed", error: { message: "The settings could not be saved." } });
        return;
      }
      this.saves += 1;
      this.document.saved = { ...this.memory };
      callback?.({ status: "succeeded" });
    }, 0);
  }

  /** The document is closed and opened again: the settings it saved, and nothing unsaved. */
  reopen(): FakeDocumentSettings {
    return new FakeDocumentSettings(this.document);
  }
}
