/**
 * The attachment widget of the admin: Decap's own file widget, plus a choice of who may
 * download the file. "Wszyscy" uses the public media folder (content/uploads → /uploads/…),
 * "tylko członkowie" the member one (content/uploads-members → /uploads-members/…, copied only
 * into the members build). The value stays a plain path, as the schema expects.
 *
 * Decap keeps one media folder per field; the config gives this field a nested member variant
 * (`field`, see src/cms/decap-config.ts) and this control hands the file widget the variant of
 * the chosen access, so the media library lists, uploads to and links from that folder.
 */
import { Component, createElement as h, type ComponentType } from 'react';
import type { Map as ImmutableMap } from 'immutable';
import type { Access } from '../schema/collections.ts';

/** Who can download an attached file, judged by its path and the member folder's URL. */
export const accessOfPath = (path: unknown, membersFolder: string): Access | undefined =>
  typeof path !== 'string' || path === ''
    ? undefined
    : path.startsWith(`${membersFolder.replace(/\/$/, '')}/`)
      ? 'members'
      : 'public';

export interface AttachmentStrings {
  legend: string;
  public: string;
  members: string;
}

interface Props {
  field: ImmutableMap<string, unknown>;
  value: unknown;
  forID: string;
  onChange: (value: unknown) => void;
  [prop: string]: unknown;
}

/** A Decap control component wrapping `FileControl` (Decap's file widget control). */
export const attachmentControl = (FileControl: ComponentType<Props>, s: AttachmentStrings) =>
  class AttachmentControl extends Component<Props, { access: Access }> {
    override state = { access: this.accessOfValue() ?? ('public' as Access) };

    /** The member variant of the field (config: `field`), with the member folders. */
    membersField() {
      return this.props.field.get('field') as ImmutableMap<string, unknown>;
    }

    accessOfValue() {
      return accessOfPath(this.props.value, String(this.membersField().get('public_folder')));
    }

    /**
     * Decap's Widget re-renders a control only when its value changes, unless the control says
     * otherwise (as the file control does). The file control learns the picked file from
     * `mediaPaths`, so this wrapper must re-render when those change too.
     */
    override shouldComponentUpdate(next: Props, nextState?: { access: Access }) {
      const changed = (k: string) => next[k] !== this.props[k];
      return (
        ['value', 'mediaPaths', 'getAsset', 'classNameWrapper', 'hasActiveStyle', 'isDisabled'].some(changed) ||
        (nextState !== undefined && nextState.access !== this.state.access)
      );
    }

    choose(access: Access) {
      // A file from the other folder would contradict the choice: the editor picks again.
      const current = this.accessOfValue();
      if (current && current !== access) this.props.onChange('');
      this.setState({ access });
    }

    override render() {
      const { field, forID } = this.props;
      const access = this.accessOfValue() ?? this.state.access;
      // Decap matches the field object itself (not a copy) to find its media folder.
      const folders = access === 'members' ? this.membersField() : field;
      const radio = (value: Access, label: string) =>
        h(
          'label',
          { style: { marginRight: '1.5em', cursor: 'pointer' } },
          h('input', {
            type: 'radio',
            name: `${forID}-access`,
            value,
            checked: access === value,
            onChange: () => this.choose(value),
            style: { marginRight: '0.4em' },
          }),
          label,
        );
      return h(
        'div',
        null,
        h(
          'fieldset',
          { style: { border: 0, padding: 0, margin: '0 0 0.75em' } },
          h('legend', { style: { fontWeight: 600, marginBottom: '0.35em' } }, s.legend),
          radio('public', s.public),
          radio('members', s.members),
        ),
        // `key` remounts the file control: it caches its field and would keep the old folder.
        h(FileControl, { ...this.props, key: access, field: folders }),
      );
    }
  };
