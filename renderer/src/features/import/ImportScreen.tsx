import { useId, useState } from 'react';
import {
  useBackup,
  useExport,
  useImportCommit,
  useImportPreview,
  type ImportRequest,
  type ImportSummary,
} from '../../api/queries';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { MappingForm } from './MappingForm';
import { ImportPreview } from './ImportPreview';

type Step = 'choose' | 'preview' | 'done';

/** Format of a file by its name (and content when the name says nothing). */
export function formatOf(name: string, text: string): 'json' | 'csv' {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  return text.trimStart().startsWith('{') ? 'json' : 'csv';
}

/** Import wizard (choose → preview → commit), Export and Backup. */
export function ImportScreen() {
  const inputId = useId();
  const [step, setStep] = useState<Step>('choose');
  const [fileName, setFileName] = useState<string | null>(null);
  const [request, setRequest] = useState<ImportRequest | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const preview = useImportPreview();
  const commit = useImportCommit();
  const exporter = useExport();
  const backup = useBackup();

  const runPreview = async (req: ImportRequest) => {
    setRequest(req);
    setSummary(null);
    commit.reset();
    try {
      setSummary(await preview.mutateAsync(req));
      setStep('preview');
    } catch {
      setStep('choose');
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    const text = await file.text();
    await runPreview({ format: formatOf(file.name, text), text });
  };

  const onCommit = async () => {
    if (!request) return;
    try {
      setSummary(await commit.mutateAsync(request));
      setStep('done');
    } catch {
      // shown below from commit.error
    }
  };

  const download = async (format: 'json' | 'csv') => {
    const { text, fileName: name } = await exporter.mutateAsync(format);
    const url = URL.createObjectURL(new Blob([text], { type: format === 'json' ? 'application/json' : 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const canCommit = step === 'preview' && summary !== null && summary.errors.length === 0 && !summary.needsMapping;

  return (
    <section aria-label="Import and export">
      <div className="panel">
        <h2 className="screen-title">Import</h2>
        <ol className="steps" aria-label="Import steps">
          <li aria-current={step === 'choose' ? 'step' : undefined}>1 Choose file</li>
          <li aria-current={step === 'preview' ? 'step' : undefined}>2 Preview</li>
          <li aria-current={step === 'done' ? 'step' : undefined}>3 Done</li>
        </ol>
        <div className="toolbar">
          <label htmlFor={inputId}>Position file (Cascade JSON or CSV, Binance or Bybit position CSV)</label>
          <input
            id={inputId}
            type="file"
            accept=".json,.csv,.txt,application/json,text/csv"
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
        {preview.isPending && <p role="status">Reading {fileName}…</p>}
        <ErrorMessage error={preview.error} title="Cannot read the file" />
        {summary && step !== 'choose' && (
          <>
            {fileName && (
              <p>
                {step === 'done' ? 'Imported' : 'Preview of'} <b>{fileName}</b>
                {summary.layout && <span className="muted"> ({summary.layout})</span>}
              </p>
            )}
            {summary.needsMapping && request ? (
              <MappingForm
                needs={summary.needsMapping}
                onSubmit={(mapping) => void runPreview({ ...request, mapping })}
              />
            ) : (
              <ImportPreview summary={summary} done={step === 'done'} />
            )}
          </>
        )}
        <ErrorMessage error={commit.error} title="Nothing was imported" />
        <div className="toolbar">
          <Button variant="primary" disabled={!canCommit || commit.isPending} onClick={() => void onCommit()}>
            Import {summary && canCommit ? `${summary.added + summary.changed} positions` : ''}
          </Button>
          {step !== 'choose' && (
            <Button
              onClick={() => {
                setStep('choose');
                setSummary(null);
                setRequest(null);
                setFileName(null);
              }}
            >
              {step === 'done' ? 'Import another file' : 'Cancel'}
            </Button>
          )}
        </div>
      </div>
      <div className="panel">
        <h2 className="screen-title">Export and backup</h2>
        <div className="toolbar">
          <Button onClick={() => void download('json')} disabled={exporter.isPending}>
            Export JSON
          </Button>
          <Button onClick={() => void download('csv')} disabled={exporter.isPending}>
            Export CSV
          </Button>
          <Button onClick={() => backup.mutate()} disabled={backup.isPending}>
            Back up now
          </Button>
        </div>
        <ErrorMessage error={exporter.error} title="Export failed" />
        <ErrorMessage error={backup.error} title="Backup failed" />
        {backup.data && (
          <p role="status">
            Backup written: <code className="path">{backup.data.path}</code>
          </p>
        )}
      </div>
    </section>
  );
}
