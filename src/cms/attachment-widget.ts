/**
 * The attachment widget of the admin: Decap's own file widget, plus a choice of who may
 * download the file. "Wszyscy" uses the public media folder (content/uploads → /uploads/…),
 * "tylko członkowie" the member one (content/uploads-members → /uploads-members/…, copied only
 * into the members build), and "tylko członkowie forum" the room of one of the entry's forums
 * (content/uploads-rooms/<forum> → /pokoje/<forum>/pliki/…, copied only into that room). The
 * value stays a plain path, as the schema expects.
 *
 * Decap keeps one media folder per field; the config gives this field nested variants (`fields`:
 * the member folder and one per forum room, see src/cms/decap-fields.ts) and this control hands
 * the file widget the variant of the chosen folder, so the media library lists, uploads to and
 * links from that folder.
 *
 * Which rooms: those of the entry's own forums, and only while its access is `forum` — read from
 * Decap's draft (`getEntry`) whenever the editor changes something in the form, since Decap
 * re-renders a control only when its own value changes. A file whose folder contradicts the
 * entry's access or forums is named in Polish under the choice and stops saving (`isValid`);
 * the build's check stays the final guard. The decisions are pure functions in
 * attachment-choice.ts.
 */
import { Component, createElement as h, type ComponentType, type ReactNode } from 'react';
import type { List, Map as ImmutableMap } from 'immutable';
import { t } from '../i18n/pl.ts';
import {
  attachmentProblem,
  choiceKey,
  choiceOfKey,
  choiceOfPath,
  defaultChoice,
  entryScope,
  roomFileMissesForums,
  roomsOf,
  type AttachmentProblem,
  type EntryScope,
  type FileChoice,
} from './attachment-choice.ts';
import { MEMBERS_VARIANT } from './widgets.ts';

type Field = ImmutableMap<string, unknown>;

interface Props {
  field: Field;
  value: unknown;
  forID: string;
  onChange: (value: unknown) => void;
  /** Decap's current draft (from its store); `entry` is the same, possibly stale. */
  getEntry?: () => ImmutableMap<string, unknown> | undefined;
  entry?: ImmutableMap<string, unknown>;
  collection?: ImmutableMap<string, unknown>;
  [prop: string]: unknown;
}

interface State {
  /** The folder the editor clicked, until a file is attached (then the path decides). */
  picked: string | undefined;
  scope: EntryScope;
}

/** Form events after which the entry's access or forums may have changed. */
const FORM_EVENTS = ['input', 'change', 'click', 'keyup', 'focusin'] as const;

const scopeKey = (s: EntryScope) => `${s.access ?? ''}|${s.forums.join(',')}`;

const problemText = (p: AttachmentProblem, title: (forum: string) => string): string =>
  p.kind === 'membersInPublic'
    ? t('cms.attachment.problem.membersInPublic')
    : t(p.kind === 'roomNotForum' ? 'cms.attachment.problem.roomNotForum' : 'cms.attachment.problem.roomForumMissing', { forum: title(p.forum) });

/** A Decap control component wrapping `FileControl` (Decap's file widget control). */
export const attachmentControl = (FileControl: ComponentType<Props>) =>
  class AttachmentControl extends Component<Props, State> {
    override state: State = { picked: undefined, scope: this.readScope() };

    private frame = 0;

    /** The entry's access and forums, as Decap holds them now. */
    readScope(): EntryScope {
      const entry = this.props.getEntry?.() ?? this.props.entry;
      const fields = this.props.collection?.get('fields') as List<Field> | undefined;
      const access = fields?.find((f) => f.get('name') === 'access')?.get('default');
      return entryScope(entry?.get('data') as ImmutableMap<string, unknown> | undefined, typeof access === 'string' ? access : undefined);
    }

    private refresh = () => {
      cancelAnimationFrame(this.frame);
      // After Decap has stored the change the event caused.
      this.frame = requestAnimationFrame(() => {
        const scope = this.readScope();
        if (scopeKey(scope) !== scopeKey(this.state.scope)) this.setState({ scope });
      });
    };

    override componentDidMount() {
      for (const e of FORM_EVENTS) document.addEventListener(e, this.refresh);
    }

    override componentWillUnmount() {
      for (const e of FORM_EVENTS) document.removeEventListener(e, this.refresh);
      cancelAnimationFrame(this.frame);
    }

    /** The folder variants of the config (`fields`): the member folder and one per room. */
    variants(): Field[] {
      return (this.props.field.get('fields') as List<Field> | undefined)?.toArray() ?? [];
    }

    /** The field object Decap looks up for the folder of a choice (the very object, not a copy). */
    fieldOf(c: FileChoice): Field | undefined {
      if (c.kind === 'public') return this.props.field;
      if (c.kind === 'members') return this.variants().find((v) => v.get('name') === MEMBERS_VARIANT);
      return this.variants().find((v) => v.get('forum') === c.forum);
    }

    /** A forum's label, from the room variant (the forum's title in content), else its slug. */
    forumTitle = (forum: string): string => {
      const label = this.fieldOf({ kind: 'room', forum })?.get('label');
      return typeof label === 'string' ? label : forum;
    };

    /** Decap asks every control before saving: a contradiction the build would reject stops it. */
    isValid = () => {
      const problem = attachmentProblem(choiceOfPath(this.props.value), this.readScope());
      return problem ? { error: { type: 'CUSTOM', message: problemText(problem, this.forumTitle) } } : true;
    };

    /**
     * Decap's Widget re-renders a control only when its value changes, unless the control says
     * otherwise (as the file control does). The file control learns the picked file from
     * `mediaPaths`, so this wrapper must re-render when those change too.
     */
    override shouldComponentUpdate(next: Props, nextState?: State) {
      const changed = (k: string) => next[k] !== this.props[k];
      return (
        ['value', 'mediaPaths', 'getAsset', 'classNameWrapper', 'hasActiveStyle', 'isDisabled'].some(changed) ||
        (nextState !== undefined && (nextState.picked !== this.state.picked || nextState.scope !== this.state.scope))
      );
    }

    /** The folder in effect: the attached file's, else the editor's pick if still offered, else the default. */
    effective(offered: readonly string[]): FileChoice {
      const current = choiceOfPath(this.props.value);
      if (current) return current;
      const { picked, scope } = this.state;
      if (picked !== undefined && offered.includes(picked)) return choiceOfKey(picked);
      const d = defaultChoice(scope);
      return this.fieldOf(d) ? d : { kind: 'members' };
    }

    choose(key: string) {
      // A file from another folder would contradict the choice: the editor picks again.
      const current = choiceOfPath(this.props.value);
      if (current && choiceKey(current) !== key) this.props.onChange('');
      this.setState({ picked: key });
    }

    override render() {
      const { forID } = this.props;
      const { scope } = this.state;
      const current = choiceOfPath(this.props.value);
      const rooms = roomsOf(scope);
      // A room file outside the entry's rooms stays visible as chosen, with the problem below.
      const shownRooms = current?.kind === 'room' && !rooms.includes(current.forum) ? [...rooms, current.forum] : rooms;
      const offered = ['public', 'members', ...shownRooms.filter((f) => this.fieldOf({ kind: 'room', forum: f })).map((f) => `room:${f}`)];
      const chosen = this.effective(offered);
      const chosenKey = choiceKey(chosen);
      const noteId = `${forID}-access-note`;

      const radio = (key: string, label: string, disabled = false) =>
        h(
          'label',
          // Flex: a long label (a forum's full name) wraps beside the radio, not under it.
          { key, style: { display: 'flex', alignItems: 'baseline', gap: '0.4em', margin: '0 0 0.3em', cursor: disabled ? 'not-allowed' : 'pointer', opacity: disabled ? 0.6 : 1 } },
          h('input', {
            type: 'radio',
            name: `${forID}-access`,
            value: key,
            checked: !disabled && chosenKey === key,
            disabled,
            onChange: () => this.choose(key),
            style: { flex: 'none', margin: 0 },
          }),
          h('span', null, label),
        );

      const notes: ReactNode[] = [];
      const note = (text: string, strong = false) =>
        notes.push(
          h(
            'p',
            {
              key: notes.length,
              ...(strong ? { role: 'alert' } : {}),
              style: { margin: '0.35em 0 0', fontSize: '0.9em', color: strong ? '#a4161a' : '#3d4a5c', fontWeight: strong ? 600 : 400 },
            },
            text,
          ),
        );

      const roomRadios =
        shownRooms.length > 0
          ? shownRooms.map((f) => radio(`room:${f}`, t('cms.attachment.room', { forum: this.forumTitle(f) }), !this.fieldOf({ kind: 'room', forum: f })))
          : [radio('room:', t('cms.attachment.roomNone'), true)];
      if (shownRooms.length === 0) note(t(scope.access === 'forum' ? 'cms.attachment.roomNeedsForum' : 'cms.attachment.roomNeedsAccess'));
      for (const f of shownRooms) if (!this.fieldOf({ kind: 'room', forum: f })) note(t('cms.attachment.roomUnknown', { forum: f }));

      const problem = attachmentProblem(current, scope);
      if (problem) note(problemText(problem, this.forumTitle), true);
      const others = roomFileMissesForums(chosen, scope);
      if (!problem && others.length > 0 && chosen.kind === 'room') {
        note(t('cms.attachment.note.otherRooms', { forums: others.map(this.forumTitle).join(', '), forum: this.forumTitle(chosen.forum) }));
      }

      return h(
        'div',
        null,
        h(
          'fieldset',
          { style: { border: 0, padding: 0, margin: '0 0 0.75em' }, 'aria-describedby': notes.length ? noteId : undefined },
          h('legend', { style: { fontWeight: 600, marginBottom: '0.35em' } }, t('cms.attachment.legend')),
          radio('public', t('cms.attachment.public')),
          radio('members', t('cms.attachment.members')),
          ...roomRadios,
          notes.length ? h('div', { id: noteId }, ...notes) : null,
        ),
        // `key` remounts the file control: it caches its field and would keep the old folder.
        h(FileControl, { ...this.props, key: chosenKey, field: this.fieldOf(chosen) ?? this.props.field }),
      );
    }
  };
