import { Button, Checkbox, Combobox, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, Text, tokens } from '@fluentui/react-components'
import { PersonAdd24Regular } from '@fluentui/react-icons'
import type { Register } from '../../../../../shared/contract/contacts'
import { errorMessage } from '../../../api/client'
import { REGISTRATION_TEXTS as T } from './texts'
import { DecisionNote } from './DecisionNote'
import { useRegistrationForm } from './useRegistrationForm'
import { chosenOnPurpose } from '../../../components/freeform'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, alignItems: 'flex-end' },
  // No expand button: one Tab from the name to the organisation, as she types on the phone.
  name: { flex: '2 1 200px' },
  wide: { flex: '1 1 150px' },
  seats: { flex: '0 0 72px' },
  heading: { margin: 0 }
})

/** The one short form for a registration by phone or e-mail; Tab out of Namn keeps a new caller's name (chosenOnPurpose). */
export function RegistrationForm({ seminarId, register, disabled }: { seminarId: string; register: Register | undefined; disabled: boolean }) {
  const styles = useStyles()
  const f = useRegistrationForm(seminarId, register)
  const offer = f.decision?.registerOffer
  return (
    <form className={styles.form} aria-labelledby="registration-form-heading" noValidate onSubmit={(e) => (e.preventDefault(), f.submit())}>
      <Text as="h2" id="registration-form-heading" size={500} weight="semibold" className={styles.heading}>{T.formHeading}</Text>
      <Text as="p" className={styles.heading}>{T.formLead}</Text>
      <div className={styles.row}>
        <Field className={styles.name} label={T.person} hint={f.form.contactId ? T.fromRegister : undefined}>
          <Combobox freeform ref={f.nameField} open={f.listOpen && f.options.length > 0} onOpenChange={(_e, d) => f.setListOpen(d.open)} value={f.form.name} placeholder={T.personPlaceholder} expandIcon={null} data-testid="registration-name"
            selectedOptions={f.form.contactId ? [f.form.contactId] : []} onChange={(e) => f.typeName(e.target.value)} onOptionSelect={(e, d) => chosenOnPurpose(e) && d.optionValue && f.pick(d.optionValue)}>
            {f.options.map(({ contact, organisation }) => (
              <Option key={contact.id} value={contact.id} text={contact.name}>{organisation ? `${contact.name} (${organisation.name})` : contact.name}</Option>
            ))}
          </Combobox>
        </Field>
        <Field className={styles.wide} label={T.organisation}><Input value={f.form.organisation} onChange={(_e, d) => f.set({ organisation: d.value })} /></Field>
        <Field className={styles.wide} label={T.email}><Input type="email" value={f.form.email} onChange={(_e, d) => f.set({ email: d.value })} /></Field>
        <Field className={styles.seats} label={T.seats} validationMessage={f.seatsError}><Input inputMode="numeric" value={f.form.seats} onChange={(_e, d) => f.set({ seats: d.value })} /></Field>
        <Field className={styles.wide} label={T.diet}><Input value={f.form.dietaryNeeds} onChange={(_e, d) => f.set({ dietaryNeeds: d.value })} /></Field>
        <Button type="submit" appearance="primary" icon={<PersonAdd24Regular />} disabledFocusable={disabled || f.add.isPending || f.decision?.outcome === 'duplicate'}>{f.add.isPending ? T.submitting : T.submit}</Button>
      </div>
      {offer && !f.form.contactId && (offer.person || offer.organisation) ? (
        <Checkbox checked={f.form.addToRegister} label={T.addToRegister(offer.person, offer.organisation)} onChange={(_e, d) => f.set({ addToRegister: d.checked === true })} />
      ) : null}
      <DecisionNote decision={f.decision} />
      {f.add.error ? <MessageBar intent="error"><MessageBarBody><MessageBarTitle>{T.failed}</MessageBarTitle>{errorMessage(f.add.error)}</MessageBarBody></MessageBar> : null}
      <div role="status" data-testid="registration-done">{f.done}</div>
    </form>
  )
}
