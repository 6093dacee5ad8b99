/**
 * The attachment widget of the admin: Decap's own file widget, plus a choice of who may
 * download the file. "Wszyscy" uses the public media folder (content/uploads → /uploads/…),
 * "tylko członkowie" the member one (content/uploads-members → /uploads-members/…, copied only
 * into the members build). The value stays a plain path, as the schema expects.
 *
 * Decap keeps one media folder per field; this control hands the file widget a copy of its
 * field with the folder of the chosen access, so the media library lists, uploads to and
 * links from that folder.
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

    accessOfValue() {
      return accessOfPath(this.props.value, String(this.props.field.get('members_public_folder')));
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
      const folders =
        access === 'members'
          ? field.merge({
              media_folder: field.get('members_media_folder'),
              public_folder: field.get('members_public_folder'),
            })
          : field;
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
