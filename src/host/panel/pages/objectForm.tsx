// The detail form of one object (Show details, or New): its fields with the Control Panel's labels,
// the errors of the last Commit, and Commit / Cancel.

import { Messages, PostForm } from '../components.js';
import type { FormValues } from '../formValues.js';
import type { FieldSpec, ObjectKind, ObjectTab } from '../objectKinds.js';

export interface ObjectFormProps {
  tab: ObjectTab;
  kind: ObjectKind;
  creating: boolean;
  /** The object's identity (editing), or the name typed so far (creating). */
  name: string;
  /** A site policy's site is chosen before the form: it is shown, not typed. */
  nameFixed?: boolean;
  values: FormValues;
  errors?: readonly string[];
  warnings?: readonly string[];
}

function Field(props: { field: FieldSpec; value: FormValues[string] }) {
  const { field, value } = props;
  const id = `field-${field.param}`;
  if (field.kind === 'bool') {
    return (
      <label className="check">
        <input type="checkbox" name={field.param} id={id} defaultChecked={value === true} /> {field.label}
      </label>
    );
  }
  return (
    <>
      <label className="field" htmlFor={id}>
        {field.label}:
      </label>
      {field.kind === 'select' ? (
        <select name={field.param} id={id} defaultValue={String(value)}>
          {field.options!.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      ) : field.kind === 'list' ? (
        <textarea name={field.param} id={id} rows={3} defaultValue={Array.isArray(value) ? value.join('\n') : ''} />
      ) : (
        <input type="text" name={field.param} id={id} defaultValue={String(value)} />
      )}
    </>
  );
}

export function ObjectForm(props: ObjectFormProps) {
  const { tab, kind, creating } = props;
  const heading = creating ? `New ${kind.title}` : `Edit ${kind.title} - ${props.name}`;
  return (
    <>
      <h2 style={{ fontSize: 16, fontWeight: 400 }}>{heading}</h2>
      <Messages errors={props.errors} warnings={props.warnings} />
      <PostForm action={`${tab.path}/commit`} className="detail">
        <div className="actions">
          <button type="submit">Commit</button>
          <a className="button" href={tab.path} style={{ padding: '3px 10px', border: '1px solid #aaa', textDecoration: 'none' }}>
            Cancel
          </a>
        </div>
        <input type="hidden" name="mode" value={creating ? 'new' : 'edit'} />
        <input type="hidden" name="kind" value={kind.key} />
        {creating && !props.nameFixed ? (
          <>
            <label className="field" htmlFor="field-name">
              {kind.nameLabel}:
            </label>
            <input type="text" name="name" id="field-name" defaultValue={props.name} />
          </>
        ) : (
          <>
            <input type="hidden" name="name" value={props.name} />
            <p>
              <b>{creating ? `${kind.nameLabel}: ` : 'Identity: '}</b>
              {props.name}
            </p>
          </>
        )}
        {kind.fields.map((f) => (
          <Field key={f.param} field={f} value={props.values[f.param]!} />
        ))}
      </PostForm>
    </>
  );
}
