// Month and weekday names of the languages the matcher stems (en, de, fr, es, it, pt, nl, pl, tr), folded.
// Runs everywhere (page, worker, CLI); pure data, no I/O. They are written capitalised, so they looked like
// named entities, and two unrelated reports of the same week ("… in January", "… on Wednesday") then
// seemed to agree on a key name. They stay ordinary words; only their entity status goes. Left out: names
// that are as often something else ("Mars" the planet, "May" the modal).

import { foldText } from './fold-text';

const MONTHS = [
  // en
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // de
  'januar', 'jänner', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  // fr
  'janvier', 'février', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  // es
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre',
  // it
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  // pt
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'dezembro',
  // nl
  'januari', 'februari', 'maart', 'mei', 'augustus',
  // pl (nominative and the genitive of dates: "5 stycznia")
  'styczeń', 'stycznia', 'luty', 'lutego', 'marzec', 'marca', 'kwiecień', 'kwietnia', 'maj', 'maja', 'czerwiec',
  'czerwca', 'lipiec', 'lipca', 'sierpień', 'sierpnia', 'wrzesień', 'września', 'październik', 'października',
  'listopad', 'listopada', 'grudzień', 'grudnia',
  // tr
  'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'kasım', 'aralık',
];

const WEEKDAYS = [
  // en
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // de
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  // fr
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  // es
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  // it
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  // nl
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  // pl
  'poniedziałek', 'wtorek', 'środa', 'środę', 'czwartek', 'piątek', 'sobota', 'sobotę', 'niedziela', 'niedzielę',
  // tr
  'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar',
];

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map(foldText));

/** True for a folded month or weekday name (see the module comment for why they are no entities). */
export function isCalendarWord(folded: string): boolean {
  return CALENDAR_WORDS.has(folded);
}
