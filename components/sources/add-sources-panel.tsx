"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { ActionState as AddSourcesState } from "@/lib/action-state";
import { FormMessage, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import { checkFileSelection, checkPastedText } from "@/lib/upload-limits";
import { cleanFileName } from "@/lib/ingest/file-name";

type SourceAction = (prev: AddSourcesState, formData: FormData) => Promise<AddSourcesState>;

interface Props {
  pasteAction: SourceAction;
  uploadAction: SourceAction;
  urlAction: SourceAction;
  maxUploadMb: number;
  /** Files per upload batch (MAX_FILES_PER_UPLOAD). */
  maxFiles: number;
}

const TABS = [
  { id: "files", label: "Upload files" },
  { id: "paste", label: "Paste text" },
  { id: "url", label: "From a URL" },
] as const;
type TabId = (typeof TABS)[number]["id"];

function Outcome({ state }: { state: AddSourcesState }) {
  return (
    <div className="space-y-2" aria-live="polite">
      <FormMessage message={state.message} tone={state.tone} />
      {state.refused?.length ? (
        <ul
          className="space-y-1 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800"
          data-testid="refused-list"
        >
          {state.refused.map((r, i) => (
            <li key={`${r.name}-${i}`}>{r.reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function AddSourcesPanel({ pasteAction, uploadAction, urlAction, maxUploadMb, maxFiles }: Props) {
  const [tab, setTab] = useState<TabId>("files");
  const limits = { maxUploadBytes: maxUploadMb * 1024 * 1024, maxFilesPerUpload: maxFiles };
  // Checked before sending: a body over the server's limit would only get a bare HTTP error.
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const [pasteProblem, setPasteProblem] = useState<string>();
  const checkFiles = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("files");
    const files = input instanceof HTMLInputElement ? Array.from(input.files ?? []) : [];
    const problems = checkFileSelection(files, limits);
    setFileProblems(problems);
    if (problems.length) {
      event.preventDefault();
      return;
    }
    // A control character in a file name breaks the multipart request before the server can
    // answer, so such files are sent under their cleaned name (the one the server would store).
    if (files.some((file) => cleanFileName(file.name) !== file.name)) {
      event.preventDefault();
      const formData = new FormData(event.currentTarget);
      formData.delete("files");
      for (const file of files)
        formData.append("files", new File([file], cleanFileName(file.name), { type: file.type }));
      startTransition(() => upload(formData));
    }
  };
  const checkPaste = (event: FormEvent<HTMLFormElement>) => {
    const text = event.currentTarget.elements.namedItem("text");
    const problem = text instanceof HTMLTextAreaElement ? checkPastedText(text.value, limits) : undefined;
    setPasteProblem(problem);
    if (problem) event.preventDefault();
  };
  const [pasteState, paste, pastePending] = useActionState(pasteAction, {});
  const [uploadState, upload, uploadPending] = useActionState(uploadAction, {});
  const [urlState, fromUrl, urlPending] = useActionState(urlAction, {});

  return (
    <section aria-labelledby="add-sources-heading" className="rounded-lg border border-stone-200 bg-white shadow-sm">
      <h2 id="add-sources-heading" className="px-5 pt-4 text-base font-semibold">
        Add sources
      </h2>
      <div role="tablist" aria-label="How to add sources" className="mt-3 flex gap-1 border-b border-stone-200 px-4">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            type="button"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => setTab(t.id)}
            className={`-mb-px rounded-t-md border-b-2 px-3 py-2 text-sm font-medium ${
              tab === t.id ? "border-accent text-ink" : "border-transparent text-stone-500 hover:text-ink"
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>

      <div id="panel-files" role="tabpanel" aria-labelledby="tab-files" hidden={tab !== "files"} className="p-5">
        <form action={upload} onSubmit={checkFiles} className="space-y-3">
          <TextField
            id="files"
            name="files"
            type="file"
            label="Article files"
            multiple
            accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            hint={`.txt, .md, .html, .docx or .pdf, up to ${maxUploadMb} MB each and ${maxFiles} files at once.`}
            errors={fileProblems.length ? fileProblems : uploadState.errors?.files}
          />
          <SubmitButton pending={uploadPending}>Upload</SubmitButton>
          <Outcome state={uploadState} />
        </form>
      </div>

      <div id="panel-paste" role="tabpanel" aria-labelledby="tab-paste" hidden={tab !== "paste"} className="p-5">
        <form action={paste} onSubmit={checkPaste} className="space-y-3">
          <TextArea
            id="text"
            name="text"
            label="Article text"
            rows={8}
            required
            defaultValue={pasteState.values?.text}
            errors={pasteProblem ? [pasteProblem] : pasteState.errors?.text}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              id="outlet"
              name="outlet"
              label="Outlet (optional)"
              hint="Up to 120 characters."
              defaultValue={pasteState.values?.outlet}
              errors={pasteState.errors?.outlet}
            />
            <TextField
              id="paste-title"
              name="title"
              label="Headline (optional)"
              hint="Up to 300 characters."
              defaultValue={pasteState.values?.title}
              errors={pasteState.errors?.title}
            />
            <TextField
              id="paste-url"
              name="url"
              type="url"
              label="URL (optional)"
              defaultValue={pasteState.values?.url}
              errors={pasteState.errors?.url}
            />
            <TextField
              id="publishedAt"
              name="publishedAt"
              type="date"
              label="Published (optional)"
              defaultValue={pasteState.values?.publishedAt}
              errors={pasteState.errors?.publishedAt}
            />
          </div>
          <SubmitButton pending={pastePending}>Add text</SubmitButton>
          <Outcome state={pasteState} />
        </form>
      </div>

      <div id="panel-url" role="tabpanel" aria-labelledby="tab-url" hidden={tab !== "url"} className="p-5">
        <form action={fromUrl} className="space-y-3">
          <TextField
            id="url"
            name="url"
            type="url"
            label="Article URL"
            placeholder="https://…"
            hint="The server fetches the page and extracts the article text."
            defaultValue={urlState.values?.url}
            errors={urlState.errors?.url}
          />
          <SubmitButton pending={urlPending}>Fetch article</SubmitButton>
          <Outcome state={urlState} />
        </form>
      </div>
    </section>
  );
}
