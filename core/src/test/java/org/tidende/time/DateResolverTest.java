package org.tidende.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;

class DateResolverTest {
  /** Wednesday. */
  private static final ArticleDate WED = ArticleDate.ofDay(LocalDate.of(2019, 4, 24));

  /** Language, text, the expression expected, its period in ISO form. Published Wednesday 2019-04-24. */
  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("nn", "Møtet vart halde i går, melde NRK.", "i går", "2019-04-23"),
        Arguments.of("nn", "Kim kom til byen tysdag.", "tysdag", "2019-04-23"),
        Arguments.of("nn", "Dei skal møtast på torsdag.", "på torsdag", "2019-04-25"),
        Arguments.of("nn", "Dei møttest for åtte år sidan.", "for åtte år sidan", "2011"),
        Arguments.of("nn", "Han sa tidlegare i veka at han kjem.", "tidlegare i veka", "2019-W17"),
        Arguments.of("nn", "Toppmøtet i fjor enda utan avtale.", "i fjor", "2018"),
        Arguments.of("nn", "Samtalane held fram i morgon.", "i morgon", "2019-04-25"),
        Arguments.of("nn", "Møtet blir halde 25. april.", "25. april", "2019-04-25"),
        Arguments.of("nn", "Dei møttest tidlegare i år.", "tidlegare i år", "2019"),
        Arguments.of("nb", "Avtalen ble signert i går.", "i går", "2019-04-23"),
        Arguments.of("nb", "Han sa tidligere i uken at det var klart.", "tidligere i uken", "2019-W17"),
        Arguments.of("nb", "Partiet tapte i forrige uke.", "i forrige uke", "2019-W16"),
        Arguments.of("nb", "Dommen faller i morgen.", "i morgen", "2019-04-25"),
        Arguments.of("nb", "Det skjedde for åtte år siden.", "for åtte år siden", "2011"),
        Arguments.of("nb", "Han sa mandag at han trekker seg.", "mandag", "2019-04-22"),
        Arguments.of("nb", "Styret møtes neste fredag.", "neste fredag", "2019-04-26"),
        Arguments.of("nb", "Brannen startet i tirsdag.", "i tirsdag", "2019-04-23"),
        // the present perfect names this week's days: five or six days back it is a day ahead
        Arguments.of("nb", "Rederiet har innstilt alle avganger på strekningen torsdag.", "torsdag", "2019-04-25"),
        Arguments.of("da", "Rederiet har aflyst alle afgange på ruten fredag.", "fredag", "2019-04-26"),
        Arguments.of("sv", "Hon har ett möte med ministern torsdag.", "torsdag", "2019-04-25"),
        Arguments.of("nb", "Politiet har mandag pågrepet en mann.", "mandag", "2019-04-22"),
        Arguments.of("nb", "Han har vært savnet siden fredag.", "fredag", "2019-04-19"),
        // "since" and the publication's own weekday: last week's, as "since today" is no way to say it
        Arguments.of("nb", "Bilen har stått parkert der siden onsdag.", "onsdag", "2019-04-17"),
        Arguments.of("da", "Demonstranterne har siden onsdag boet i lejren.", "onsdag", "2019-04-17"),
        Arguments.of("sv", "Vägen har varit avstängd sedan onsdag.", "onsdag", "2019-04-17"),
        Arguments.of("en", "The road has been closed since Wednesday.", "Wednesday", "2019-04-17"),
        Arguments.of("en", "The road has been closed since Monday.", "Monday", "2019-04-22"),
        Arguments.of("da", "Han påtog sig ansvaret for ulykken torsdag og har fortalt dommeren alt.", "torsdag",
            "2019-04-18"),
        // the simple past keeps them: "ble", and irregular "fikk", read as past
        Arguments.of("nb", "Kravene ble innfridd på bystyremøtet fredag.", "fredag", "2019-04-19"),
        Arguments.of("nb", "Styret fikk beskjed fredag.", "fredag", "2019-04-19"),
        Arguments.of("nb", "Kampen spilles 3. mai.", "3. mai", "2019-05-03"),
        Arguments.of("da", "Aftalen faldt på plads i går.", "i går", "2019-04-23"),
        Arguments.of("da", "Kreml meddelte i sidste uge, at de ville mødes.", "i sidste uge", "2019-W16"),
        Arguments.of("da", "De mødtes for otte år siden.", "for otte år siden", "2011"),
        Arguments.of("da", "Væksten var lav sidste år.", "sidste år", "2018"),
        Arguments.of("da", "Han landede i tirsdags.", "i tirsdags", "2019-04-23"),
        Arguments.of("da", "Forhandlingerne fortsætter i næste uge.", "i næste uge", "2019-W18"),
        Arguments.of("da", "Mødet finder sted torsdag den 25. april.", "torsdag den 25. april", "2019-04-25"),
        Arguments.of("sv", "Avtalet undertecknades igår.", "igår", "2019-04-23"),
        // the parts of today a reporter writes of: "her til aften", "i eftermiddag" (Danish front
        // pages: 149 and 55 times), "i formiddag", "i ettermiddag"
        Arguments.of("da", "Partilederne mødes her til aften i Folketinget.", "her til aften", "2019-04-24"),
        Arguments.of("da", "Her til morgen blev vejen spærret.", "Her til morgen", "2019-04-24"),
        Arguments.of("da", "Ministeren holder pressemøde i eftermiddag.", "i eftermiddag", "2019-04-24"),
        Arguments.of("da", "Toget kørte af sporet i formiddag.", "i formiddag", "2019-04-24"),
        Arguments.of("nb", "Veien ble stengt i formiddag.", "i formiddag", "2019-04-24"),
        Arguments.of("nn", "Vegen vart opna att i ettermiddag.", "i ettermiddag", "2019-04-24"),
        Arguments.of("sv", "Regeringen håller presskonferens i eftermiddag.", "i eftermiddag", "2019-04-24"),
        // spellings the issue names beside "i går": the old "i gær" and the run-together "igår"
        Arguments.of("da", "Aftalen faldt på plads i gær.", "i gær", "2019-04-23"),
        Arguments.of("nb", "Avtalen ble undertegnet igår.", "igår", "2019-04-23"),
        Arguments.of("nn", "Avtalen vart underteikna i gær.", "i gær", "2019-04-23"),
        Arguments.of("sv", "Mötet hålls imorgon.", "imorgon", "2019-04-25"),
        Arguments.of("sv", "Regeringen meddelade förra veckan att den avgår.", "förra veckan", "2019-W16"),
        Arguments.of("sv", "De träffades för åtta år sedan.", "för åtta år sedan", "2011"),
        Arguments.of("sv", "Tillväxten var svag i fjol.", "i fjol", "2018"),
        Arguments.of("sv", "Han landade i tisdags.", "i tisdags", "2019-04-23"),
        Arguments.of("sv", "Vi ses på fredag.", "på fredag", "2019-04-26"),
        // Norwegian also says "på lørdag" of the day past: a past verb nearby places it back
        Arguments.of("nb", "Klassekampen skrev om saken på lørdag.", "på lørdag", "2019-04-20"),
        Arguments.of("nn", "Fristen for å søkje gjekk ut på måndag.", "på måndag", "2019-04-22"),
        Arguments.of("nb", "På fredag fikk han beskjed om boten.", "På fredag", "2019-04-19"),
        Arguments.of("nb", "Han sa at møtet blir på fredag.", "på fredag", "2019-04-26"),
        // a definite weekday after "på" narrates a day, so the tense places it ("på fredag" looks ahead)
        Arguments.of("sv", "Polisen larmades på lördagen.", "lördagen", "2019-04-20"),
        Arguments.of("sv", "Beslutet väntas på söndagen.", "söndagen", "2019-04-28"),
        Arguments.of("sv", "Trump höll en presskonferens på måndagskvällen.", "måndagskvällen", "2019-04-22"),
        Arguments.of("da", "Branden startede på lørdagen.", "lørdagen", "2019-04-20"),
        // irregular pasts of "happen" and "take place" are past cues
        Arguments.of("da", "Ulykken skete torsdag omkring klokken 21.", "torsdag", "2019-04-18"),
        Arguments.of("da", "Angrebet fandt sted natten til lørdag.", "lørdag", "2019-04-20"),
        Arguments.of("nb", "Ulykken skjedde fredag kveld.", "fredag kveld", "2019-04-19"),
        // a weekday in a relative clause takes that clause's tense, not the main clause's after it
        Arguments.of("nb", "Båten som gikk på grunn mandag kveld skal undersøkes på verftet.", "mandag kveld", "2019-04-22"),
        Arguments.of("sv", "Lastbilen som välte i tisdags ska bärgas.", "i tisdags", "2019-04-23"),
        Arguments.of("da", "Manden som blev anholdt mandag skal fremstilles for en dommer.", "mandag", "2019-04-22"),
        Arguments.of("nb", "De som vant finalen skal spille fredag.", "fredag", "2019-04-26"),
        Arguments.of("sv", "Valet hålls den 25:e april.", "25:e april", "2019-04-25"),
        // a year phrase after the month gives its year, not the nearest one (June 2019 is nearer)
        Arguments.of("nb", "Brannen i hallen skjedde i juni i fjor.", "juni i fjor", "2018-06"),
        Arguments.of("nn", "Bilen køyrde utfor 22. mai i fjor.", "22. mai i fjor", "2018-05-22"),
        Arguments.of("nb", "Festivalen arrangeres i desember i år.", "desember i år", "2019-12"),
        Arguments.of("nb", "Stevnet holdes 3. januar neste år.", "3. januar neste år", "2020-01-03"),
        Arguments.of("da", "Loven blev vedtaget i juli sidste år.", "juli sidste år", "2018-07"),
        Arguments.of("sv", "Hon anställdes i september i fjol.", "september i fjol", "2018-09"),
        // "sidst år", "sist år": the spoken form of "sidste år", "i fjor", after a date and alone
        Arguments.of("da", "Reglerne trådte i kraft 1. marts sidst år.", "1. marts sidst år", "2018-03-01"),
        Arguments.of("nb", "Alle møtene i oktober sist år var fulle.", "oktober sist år", "2018-10"),
        Arguments.of("da", "Væksten var lav sidst år.", "sidst år", "2018"),
        Arguments.of("en", "The plant opened in June last year.", "June last year", "2018-06"),
        Arguments.of("en", "The deal was signed on June 10 last year.", "June 10 last year", "2018-06-10"),
        // a past verb or "since" keeps a day or month without year from landing after publication
        Arguments.of("nb", "Presidenten gikk av i september.", "september", "2018-09"),
        Arguments.of("nb", "Han har vært president bare siden 20. juli.", "20. juli", "2018-07-20"),
        Arguments.of("sv", "Hon lämnade partiet den 12 juni.", "12 juni", "2018-06-12"),
        Arguments.of("en", "Construction is scheduled to be completed in September.", "September", "2019-09"),
        Arguments.of("en", "The leaders met in London in September.", "September", "2018-09"),
        Arguments.of("en", "The leaders will meet in London in September.", "September", "2019-09"),
        // a weekend is the week of its Saturday: past tense the last one, else the nearest
        Arguments.of("da", "Politiet anholdte i weekenden to mænd.", "i weekenden", "2019-W16"),
        Arguments.of("da", "Butikkerne holder åbent i weekenden.", "i weekenden", "2019-W17"),
        Arguments.of("nb", "Partiet tapte oppslutning forrige helg.", "forrige helg", "2019-W16"),
        Arguments.of("nn", "Dei møtest att neste helg.", "neste helg", "2019-W17"),
        Arguments.of("sv", "Det ska bli regn i helgen.", "i helgen", "2019-W17"),
        Arguments.of("en", "Two men were arrested last weekend.", "last weekend", "2019-W16"),
        Arguments.of("en", "The deal was signed yesterday.", "yesterday", "2019-04-23"),
        Arguments.of("en", "Talks collapsed last week.", "last week", "2019-W16"),
        Arguments.of("en", "They first met eight years ago.", "eight years ago", "2011"),
        Arguments.of("en", "Growth slowed last year.", "last year", "2018"),
        Arguments.of("en", "Officials confirmed on Tuesday that he had left.", "Tuesday", "2019-04-23"),
        Arguments.of("en", "The leaders will meet on Thursday.", "Thursday", "2019-04-25"),
        Arguments.of("en", "The summit opens April 25 in Vladivostok.", "April 25", "2019-04-25"),
        Arguments.of("en", "It was set for Thursday, April 25, 2019.", "Thursday, April 25, 2019", "2019-04-25"),
        Arguments.of("en", "Prices rose in March.", "March", "2019-03"),
        // English ordinal days in all three orders, with a year and without ("25th" is one word: the
        // day-first forms were read as the month alone, or not at all)
        Arguments.of("en", "The summit opens on the 25th of April.", "25th of April", "2019-04-25"),
        Arguments.of("en", "The summit opens on April 25th.", "April 25th", "2019-04-25"),
        Arguments.of("en", "The summit opens on 25th April.", "25th April", "2019-04-25"),
        Arguments.of("en", "The treaty was signed on the 25th of April, 2016.", "25th of April, 2016", "2016-04-25"),
        Arguments.of("en", "The treaty was signed on April 25th, 2016.", "April 25th, 2016", "2016-04-25"),
        Arguments.of("en", "The treaty was signed on 25th April 2016.", "25th April 2016", "2016-04-25"),
        Arguments.of("en", "The treaty was signed on Monday the 1st of May 2017.", "Monday the 1st of May 2017",
            "2017-05-01"),
        // slashed numeric dates: the order the numbers force, else the language's (day first)
        Arguments.of("nb", "Kontrakten ble signert 25/04/2016.", "25/04/2016", "2016-04-25"),
        Arguments.of("nb", "Kontrakten ble signert 05/04/2016.", "05/04/2016", "2016-04-05"),
        Arguments.of("da", "Kontrakten blev underskrevet 5/4/2016.", "5/4/2016", "2016-04-05"),
        Arguments.of("sv", "Kontraktet skrevs under 04/25/2016.", "04/25/2016", "2016-04-25"),
        Arguments.of("de", "Der Vertrag wurde am 05/04/2016 unterzeichnet.", "05/04/2016", "2016-04-05"),
        Arguments.of("es", "El contrato se firmó el 05/04/2016.", "05/04/2016", "2016-04-05"),
        Arguments.of("en", "The contract was signed on 25/04/2016.", "25/04/2016", "2016-04-25"),
        Arguments.of("en", "The contract was signed on 04/25/2016.", "04/25/2016", "2016-04-25"),
        Arguments.of("en", "The contract was signed on 04/04/2016.", "04/04/2016", "2016-04-04"),
        // a two-digit year, 1970 to 2069 as ingest reads it, in the same order
        Arguments.of("nb", "Kontrakten ble signert 25/04/16.", "25/04/16", "2016-04-25"),
        Arguments.of("da", "Kontrakten blev underskrevet 5/4/16.", "5/4/16", "2016-04-05"),
        Arguments.of("en", "The contract was signed on 04/25/16.", "04/25/16", "2016-04-25"),
        Arguments.of("nb", "Avtalen fra 25/04/97 gjelder.", "25/04/97", "1997-04-25"),
        // day first with a two-digit year, though a year could come first: "19/04/25" is 19 April 2025
        Arguments.of("nb", "Kontrakten ble signert 19/04/25.", "19/04/25", "2025-04-19"),
        // a dotted two-digit year in text, near publication (two years before to one after)
        Arguments.of("nb", "Kommunestyremøte i Narvik, 24.04.19. Saken ble utsatt.", "24.04.19", "2019-04-24"),
        Arguments.of("nb", "Ulf Hamran skrev om dette i KV 25.07.17: Torvet var fullt.", "25.07.17", "2017-07-25"),
        Arguments.of("da", "Fristen er 01.03.20, oplyser kommunen.", "01.03.20", "2020-03-01"),
        Arguments.of("sv", "Kragerö 02.01.19 Föreningen bjöd in.", "02.01.19", "2019-01-02"),
        // not an observance: a past copula, a definite noun, a day not of a yearly kind
        Arguments.of("nb", "Tirsdag 8. januar var en merkedag for sykehuset.", "Tirsdag 8. januar", "2019-01-08"),
        Arguments.of("nb", "Den 5. mai er valgdagen i kommunen.", "5. mai", "2019-05-05"),
        Arguments.of("da", "Den 5. maj er en travl dag for alle.", "5. maj", "2019-05-05"),
        // German and Spanish had no lexicon (read with the Scandinavian and English words): none of these resolved
        Arguments.of("de", "Die Gewerkschaft hat am Dienstag zum Streik aufgerufen.", "Dienstag", "2019-04-23"),
        Arguments.of("de", "Bereits gestern fielen viele Züge aus.", "gestern", "2019-04-23"),
        Arguments.of("de", "Vor zwei Jahren hatte die GDL zuletzt gestreikt.", "Vor zwei Jahren", "2017"),
        Arguments.of("de", "Am 12. März waren Verbindungen gestrichen worden.", "12. März", "2019-03-12"),
        Arguments.of("de", "Letzte Woche lehnte die Gewerkschaft ab.", "Letzte Woche", "2019-W16"),
        Arguments.of("de", "Im vergangenen Jahr sank der Umsatz.", "Im vergangenen Jahr", "2018"),
        Arguments.of("de", "Die Verhandlungen gehen morgen weiter.", "morgen", "2019-04-25"),
        Arguments.of("de", "Morgen beginnt der Streik.", "Morgen", "2019-04-25"),
        Arguments.of("de", "Am Dienstagmorgen kam die Polizei.", "Dienstagmorgen", "2019-04-23"),
        Arguments.of("de", "Am Montagabend wurde er festgenommen.", "Montagabend", "2019-04-22"),
        Arguments.of("es", "Un incendio se declaró el martes en la sierra.", "el martes", "2019-04-23"),
        Arguments.of("es", "El presidente visitó ayer la zona.", "ayer", "2019-04-23"),
        Arguments.of("es", "Hace dos años un fuego arrasó la comarca.", "Hace dos años", "2017"),
        Arguments.of("es", "La unidad se desplegó el 7 de mayo de 2018.", "7 de mayo de 2018", "2018-05-07"),
        Arguments.of("es", "La semana pasada la Generalitat alertó del riesgo.", "La semana pasada", "2019-W16"),
        Arguments.of("es", "El año pasado ardieron mil hectáreas.", "El año pasado", "2018"),
        Arguments.of("es", "Los bomberos esperan estabilizar el fuego el próximo viernes.", "próximo viernes",
            "2019-04-26"),
        // a capitalised word before a weekday that is no named day's: the weekday is still the day
        Arguments.of("en", "Police in Queens Friday night arrested two men.", "Friday night", "2019-04-19"),
        Arguments.of("en", "The Federal Reserve Wednesday said rates would hold.", "Wednesday", "2019-04-24"),
        Arguments.of("en", "Patch Tuesday aside, the firm released a fix on Tuesday.", "Tuesday", "2019-04-23"),
        Arguments.of("en", "Shares fell sharply in a black Monday for the bank.", "Monday", "2019-04-22"),
        Arguments.of("en", "The awards are broadcast on Oscar Sunday, March 2, 2014.", "Sunday, March 2, 2014",
            "2014-03-02"),
        // "i dag" after a place that is not a country is still the day
        Arguments.of("da", "Der hænger skyer over hele landet i dag.", "i dag", "2019-04-24"),
        Arguments.of("da", "Jeg vil gerne takke Danmark i dag for støtten.", "i dag", "2019-04-24"),
        // "som i dag er" before a passive, a perfect or a place is still the day
        Arguments.of("da", "Han forsvarer manden, der i dag er blevet tiltalt for drabet.", "i dag", "2019-04-24"),
        Arguments.of("nb", "Statsministeren, som i dag er på besøk i Bergen, talte om skatt.", "i dag", "2019-04-24"),
        Arguments.of("da", "Vejen, som i dag er spærret for trafik, ligger ved havnen.", "i dag", "2019-04-24"),
        // "vi i dag" before a deed of the day is still the day
        Arguments.of("da", "Skyerne letter, så vi i dag også får sol.", "i dag", "2019-04-24"),
        Arguments.of("da", "Planen, som vi i dag ville præsentere, er udsat.", "i dag", "2019-04-24"),
        // "i dag" beside a past time in a clause in the past, or "until today" with no older year, is still the day
        Arguments.of("da", "I dag har retten kendt ham skyldig i dengang at have dræbt en mand.", "I dag",
            "2019-04-24"),
        Arguments.of("nb", "Fristen for å klage løper frem til i dag.", "i dag", "2019-04-24"),
        Arguments.of("da", "Det flertal har partiet haft indtil i dag.", "i dag", "2019-04-24"),
        // a comparison with a recent time, or a clock time after it, is still the day
        Arguments.of("nb", "Prisen er høyere i dag enn før jul.", "i dag", "2019-04-24"),
        Arguments.of("da", "Det er koldere i dag end før påske.", "i dag", "2019-04-24"),
        Arguments.of("nb", "I dag klokken 12 møtes partene, som de gjorde den gangen.", "I dag", "2019-04-24"),
        Arguments.of("da", "Der er mere sne i dag end på den tid af året normalt.", "i dag", "2019-04-24"),
        Arguments.of("nb", "Det er kaldere i dag enn vanleg på den tida av året.", "i dag", "2019-04-24"),
        // "X er i dag" before the day's role, a count of years or the weather, and a comparison with the past or a
        // plan, is still the day
        Arguments.of("da", "Statsministeren er i dag gæst i studiet.", "i dag", "2019-04-24"),
        Arguments.of("da", "Dronningen er i dag 80 år.", "i dag", "2019-04-24"),
        Arguments.of("nb", "Kongen er i dag sammen med dronningen i Tromsø.", "i dag", "2019-04-24"),
        Arguments.of("da", "Vinden er i dag svag fra vest.", "i dag", "2019-04-24"),
        Arguments.of("da", "Skuespilleren er i dag for retten i London.", "i dag", "2019-04-24"),
        Arguments.of("da", "Mette Frederiksen er i dag ny statsminister.", "i dag", "2019-04-24"),
        Arguments.of("nn", "132 kV linje er i dag fjerna.", "i dag", "2019-04-24"),
        Arguments.of("da", "Hun løb hurtigere end nogensinde i dag.", "i dag", "2019-04-24"),
        Arguments.of("sv", "Fler än väntat röstade idag.", "idag", "2019-04-24"),
        // a per cent beside a change, a closing or a tense cue is the day's
        Arguments.of("nb", "Aksjen stiger 5 prosent i dag.", "i dag", "2019-04-24"),
        Arguments.of("da", "Omkring 85 procent af skolerne vil være lukket i dag.", "i dag", "2019-04-24"),
        Arguments.of("sv", "Regeringen har idag sänkt skatten med 2 procent.", "idag", "2019-04-24"),
        Arguments.of("da", "Derudover blev der ifølge journalisten.dk natten til i dag indgået en aftale om seks procent mere"
            + " i lønningsposen.", "i dag", "2019-04-24"),
        Arguments.of("da", "Fra i dag gælder en rabat på 20 procent.", "i dag", "2019-04-24"),
        // a range of days keeps both ends, from the day it begins to the day it ends (Spans)
        Arguments.of("nb", "Konferansen arrangeres 9.-11. mai i Oslo.", "9.-11. mai", "2019-05-09/2019-05-11"),
        Arguments.of("da", "Festivalen løber fra 14. til 17. juni.", "14. til 17. juni", "2019-06-14/2019-06-17"),
        Arguments.of("sv", "Mässan pågår 18–26 maj i Malmö.", "18–26 maj", "2019-05-18/2019-05-26"),
        Arguments.of("da", "Turneringen spilles fra den 12. til 22. december 2023.", "12. til 22. december 2023",
            "2023-12-12/2023-12-22"),
        // a month, "i" and a year is that month of that year, not the month nearest publication
        Arguments.of("nb", "De to møttes i juni i 1995.", "juni i 1995", "1995-06"),
        Arguments.of("nn", "Asylmottaket brann ned i april i 2002.", "april i 2002", "2002-04"),
        Arguments.of("da", "Revolutionen blev gennemført i februar i 1979.", "februar i 1979", "1979-02"),
        Arguments.of("en", "The plant closed in May in 2011.", "May in 2011", "2011-05"),
        // a month joined to a month and year takes that year: a span is both (a list is two mentions: SpansTest)
        Arguments.of("da", "Sygehuset ventes at stå klart i august til november 2024.", "august til november 2024",
            "2024-08/2024-11"),
        Arguments.of("sv", "Mätningen gjordes mellan mars och maj 2022.", "mars och maj 2022", "2022-03/2022-05"),
        // a year with a season's suffix is still the year (only a decade's suffix makes a decade)
        Arguments.of("da", "Sidst vandt hun tilbage i 2020-sæsonen.", "2020", "2020"));
  }

  /**
   * A day and month the text also writes with a year within one of publication's takes that year
   * (the nearest year would be the coming July); one further off, an anniversary's old date, does not.
   */
  @Test
  void aDayAndMonthTakesTheYearTheTextWritesItWith() {
    List<DateMention> m = DateResolver.resolve(
        "Protokollen fra 3. juli 2018 er klar. Vedtaket av 3. juli må følges opp.", WED, Language.NB);
    assertThat(m).extracting(DateMention::period).containsExactly("2018-07-03", "2018-07-03");
    m = DateResolver.resolve("Ulykken 3. juli 2009 blir minnet med en samling 3. juli.", WED, Language.NB);
    assertThat(m).extracting(DateMention::period).containsExactly("2009-07-03", "2019-07-03");
    m = DateResolver.resolve("Vedtaket av 3. juli må følges opp.", WED, Language.NB);
    assertThat(m).extracting(DateMention::period).containsExactly("2019-07-03");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("fixtures")
  void resolvesPerLanguage(String code, String text, String expression, String period) {
    List<DateMention> mentions = DateResolver.resolve(text, WED, new Language(code));
    assertThat(mentions).as(mentions.toString()).hasSize(1);
    DateMention m = mentions.getFirst();
    assertThat(m.text()).isEqualTo(expression);
    assertThat(text.substring(m.start(), m.end())).isEqualTo(expression);
    assertThat(m.period()).isEqualTo(period);
  }

  static Stream<Arguments> nothingHere() {
    return Stream.of(
        Arguments.of("nb", "Oppslutningen økte med 25 prosent."),
        Arguments.of("nb", "Han fikk 2018 stemmer."),
        Arguments.of("nb", "Billetten koster 2000 kroner."),
        Arguments.of("nb", "Ferden til Mars tar lang tid."),
        Arguments.of("nn", "Butikken er open på torsdagar."),
        Arguments.of("en", "I may go there, but May is unsure."),
        Arguments.of("en", "The market is open on Thursdays."),
        // a weekday after "hver", "kvar", "varje", "every" (or in a list after one) is a habit
        Arguments.of("nb", "Det kommer nye oppgaver hver mandag og fredag."),
        Arguments.of("nn", "Barnehagen brukar bygget kvar måndag, onsdag og fredag."),
        Arguments.of("sv", "Varje måndag serveras frukost i skolan."),
        Arguments.of("en", "The market opens every Tuesday and Friday."),
        Arguments.of("da", "Det var 2.000 mennesker og 12,5 procent."),
        Arguments.of("sv", "Hon fyllde 25 år."),
        // a capitalised German "Morgen" inside a sentence is the morning, not tomorrow
        Arguments.of("de", "Am Morgen fielen viele Züge aus."),
        Arguments.of("de", "Der Bus fährt jeden Morgen um sieben."),
        Arguments.of("de", "Es regnete den ganzen Morgen."),
        // a day and month that comes back every year names no one day
        Arguments.of("da", "Man bliver et år ældre hvert år den 1. januar."),
        Arguments.of("nb", "Vi feirer hvert år 17. mai i sentrum."),
        Arguments.of("en", "The town parades every 17 May."),
        Arguments.of("en", "The town parades each year on May 17."),
        Arguments.of("de", "Der Markt öffnet jedes Jahr am 1. Dezember."),
        // 5 April in Britain, May 4 in the United States: an English slashed date both could be is not guessed
        Arguments.of("en", "The contract was signed on 05/04/2016."),
        Arguments.of("en", "The contract was signed on 05/04/16."),
        Arguments.of("nb", "Kontrakten ble signert 31/04/16."),
        Arguments.of("en", "The score was 3/4/2016 in the table."),
        Arguments.of("nb", "Kurset varer 24/7/365 dager."),
        // a dotted two-digit date far from publication, or not two digits each, or part of a longer
        // number, is no date: an old date, version, section and score numbers, times, addresses
        Arguments.of("nb", "I minneordet i BT 23.10.90 skrev signaturen El."),
        Arguments.of("nb", "Fristen er 01.03.21, oplyser kommunen."),
        Arguments.of("nb", "Oppdateringen 2.1.0 og 3.0.1 kom med feilrettinger."),
        Arguments.of("nb", "Se kapittel 7.6.11 og punkt 2.2.10 i utredningen."),
        Arguments.of("nb", "Versjon 1.24.04.19 og 24.04.19.2 er de siste."),
        Arguments.of("nb", "Møtet startet 12.30 og sluttet 14.45.30."),
        Arguments.of("nb", "Serveren har adressen 10.10.10.10 internt."),
        Arguments.of("nb", "Utgave 24.04.19b er trukket."),
        Arguments.of("nb", "Ikke 31.04.19, men senere."),
        // year first only where the first number can be no day, and near publication like dotted ones
        Arguments.of("nb", "Avtalen fra 98/04/25 gjelder."),
        // a day and month said in the present to be a yearly observance is no day of the story
        Arguments.of("da", "Valget flyttes, fordi 1. november er en sørgedag på øerne."),
        Arguments.of("nb", "Det skyldes at 1. november er nasjonal sørgedag."),
        Arguments.of("sv", "Den 6 juni är Sveriges nationaldag."),
        Arguments.of("en", "The vote cannot be held then, as May 17 is a national holiday."),
        Arguments.of("en", "In the islands 1 November is a day of mourning."),
        // a weekday inside an English name is no day of the week of publication
        Arguments.of("en", "The fixes arrive with the monthly Patch Tuesday updates."),
        Arguments.of("en", "Retailers expect record sales on Black Friday and Cyber Monday."),
        Arguments.of("en", "Candidates campaigned hard ahead of Super Tuesday."),
        Arguments.of("en", "Good Friday is a public holiday in the state."),
        Arguments.of("en", "The host is back for Oscar Sunday."),
        Arguments.of("en", "Viewers gathered for Super Bowl Sunday parties."),
        // a decade or century, a year before Christ and the end of a range of years name no year
        Arguments.of("da", "Welch slog igennem i 1960'erne."),
        Arguments.of("nn", "Ho dominerte alpinsporten i 1970-åra."),
        Arguments.of("nb", "Stilen har vært vanlig siden 1800-tallet."),
        Arguments.of("sv", "Musiken har varit populär sedan 1990-talet."),
        Arguments.of("da", "Han var embedsmand i Egypten indtil år 2004 før Kristus."),
        Arguments.of("sv", "Regionen ogillar planen för perioden 2026-2037."),
        Arguments.of("nb", "Boka Hitlers menn i Danmark 1933–1945 er anmeldt."),
        Arguments.of("nb", "Han viser til verket Danmark-Norges historie 1380 - 1814 i sin bok."),
        // "i dag" after a people, a society, a country or the world is the present age
        Arguments.of("da", "Unge i dag stiller meget større krav til rollerne."),
        Arguments.of("nb", "Et fritt kunstfelt i Norge i dag kan ikke overleve uten støtte."),
        Arguments.of("sv", "Jag har fått en annan syn på samhället i dag."),
        // a relative clause saying what someone or something is now ("som i dag er") is the present age
        Arguments.of("nn", "Det seier Førde, som i dag er avdelingsleiar på museet."),
        Arguments.of("da", "Hun arvede musikerhjemmet, der i dag er et museum."),
        Arguments.of("da", "Han rejste med sine døtre, der i dag er 19 og 22 år."),
        // "we" or "one" knowing or naming things "i dag" is the present age
        Arguments.of("nb", "Striden ble det vi i dag kaller en kulturkrig."),
        Arguments.of("nb", "De begynte å snakke et språk vi i dag ville forstått."),
        Arguments.of("nn", "Det var det vi i dag kanskje ville kalla ein trefning."),
        Arguments.of("da", "Valget foregik, ligesom man i dag kender det fra folketingsvalg."),
        // "i dag" set against a past time ("den gongen", "enn før", "fram til i dag" from a decade) is the present age
        Arguments.of("nn", "Åtvaringane frå forskarane den gongen står endå sterkare i dag."),
        Arguments.of("nb", "Miljøbevegelsen står sterkere i dag enn før."),
        Arguments.of("da", "Unge tyr i dag i større grad end før til engelsk."),
        Arguments.of("da", "Velfærden skal passe på alle, både i dag og dengang."),
        Arguments.of("nb", "Byen har vokst fra 70-årene og frem til i dag."),
        // "per i dag" (as things stand), what X is now ("er i dag" and a state), a comparison with the present and a
        // present name or standing are the present age (session 34)
        Arguments.of("nn", "Per i dag har vi om lag 500 kundar."),
        Arguments.of("nb", "Laget er pr. i dag foran oss på tabellen."),
        Arguments.of("nn", "Tidlegare statsminister Kåre Willoch er i dag ein av dei mest markerte miljøtalsmennene."),
        Arguments.of("da", "Andelen af kvinder er i dag 57 procent."),
        Arguments.of("nb", "Det må tas i bruk sterkere virkemidler enn dem vi har i dag."),
        Arguments.of("nn", "Planen legg opp til ei vinterstamme som i dag."),
        Arguments.of("da", "I dag hedder byen Volgograd."),
        Arguments.of("nn", "H. G. Wells er i dag rekna som ein av dei største."),
        // a share in per cent told with no tense cue is the present age (session 36)
        Arguments.of("nb", "I dag ligger andelen fornybar energi i EU på rundt 8 prosent."),
        Arguments.of("sv", "Idag står vindkraften för 20 procent av elen."),
        Arguments.of("da", "I dag er andelen 15 procent."),
        Arguments.of("da", "I dag udgør vindmøller 50 pct. af elforbruget."),
        // a dotted two-digit date after a time or version word is the time or the version
        Arguments.of("nb", "Alarmen gikk kl. 12.10.19 på stasjonen."),
        Arguments.of("nb", "Appen i versjon 12.10.19 har en feil."),
        Arguments.of("da", ""));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("nothingHere")
  void findsNoDateWhereThereIsNone(String code, String text) {
    assertThat(DateResolver.resolve(text, WED, new Language(code))).isEmpty();
  }

  /** A relative day with the day written beside it ("i går, 9. juni"): the written day wins. */
  @Test
  void aWrittenDayBesideARelativeDayWins() {
    ArticleDate june9 = ArticleDate.ofDay(LocalDate.of(2019, 6, 9));
    for (String[] t : new String[][] {{"nb", "Politiet rykket ut i går, 9. juni, til Skaidi.", "9. juni"},
        {"en", "The minister resigned yesterday, 9 June, after the vote.", "9 June"},
        {"en", "The minister resigned yesterday (June 9) after the vote.", "June 9"},
        {"de", "Der Minister trat gestern, am 9. Juni, zurück.", "9. Juni"},
        {"da", "Den 9. juni i går blev vejen spærret.", "9. juni"}}) {
      List<DateMention> got = DateResolver.resolve(t[1], june9, new Language(t[0]));
      assertThat(got).as(t[1]).extracting(DateMention::text).containsExactly(t[2]);
      assertThat(got.getFirst().period()).isEqualTo("2019-06-09");
    }
    // not beside each other: both stay
    assertThat(DateResolver.resolve("Han kom i går, og møtet er 12. juni.", june9, Language.NB)).hasSize(2);
  }

  /** A copyright line or photo credit is no statement, though it names a year; nor is it glued to one. */
  @Test
  void aCopyrightLineIsNoTimelineEntry() {
    String text = "Der Minister sprach am Dienstag. © Tagesblatt (2024). (Foto: © Scanpix 2023)Er kam im März.";
    assertThat(DateResolver.datedSentences(text, WED, new Language("de"))).extracting(DatedSentence::text)
        .containsExactly("Der Minister sprach am Dienstag.", "Er kam im März.");
  }

  /**
   * A day with a two-digit year that could be something else (dotted "24.04.19", slashed year
   * first "98/04/25") is read near publication only: not without a publication date, and not years
   * away from it. Before, "24.04.19" was read in date fields but not in text, and "98/04/25" nowhere.
   */
  @Test
  void aTwoDigitYearDayIsReadNearPublicationOnly() {
    assertThat(DateResolver.resolve("Kommunestyremøte 24.04.19 i Narvik.", null, Language.NB)).isEmpty();
    ArticleDate y1998 = ArticleDate.ofDay(LocalDate.of(1998, 4, 27));
    assertThat(DateResolver.resolve("Avtalen fra 98/04/25 gjelder.", y1998, Language.NB))
        .extracting(DateMention::period).containsExactly("1998-04-25");
    assertThat(DateResolver.resolve("Kommunestyremøte 24.04.19 i Narvik.", ArticleDate.parse("2019").orElseThrow(),
        Language.NB)).extracting(DateMention::period).containsExactly("2019-04-24");
    // beside a relative day it says which day that is, as a four-digit one does
    assertThat(DateResolver.resolve("Han kom i går, 23.04.19, til Narvik.", WED, Language.NB))
        .extracting(DateMention::period).containsExactly("2019-04-23");
  }

  @Test
  void monthAndYearIsAMonthNotADay() {
    List<DateMention> m = DateResolver.resolve("Siden marts 2018 har han holdt fire møder.", WED, Language.DA);
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("marts 2018");
      assertThat(x.granularity()).isEqualTo(Granularity.MONTH);
      assertThat(x.date()).isEqualTo(LocalDate.of(2018, 3, 1));
      assertThat(x.relative()).isFalse();
    });
  }

  /**
   * A range across months with a dash ("1. mars - 26. august") is one span from its first day to its last, the start
   * taking the end's year; the end is no day of its own.
   */
  @Test
  void aRangeAcrossMonthsWithADashIsOneSpan() {
    List<DateMention> m = DateResolver.resolve("Lufthamna stengjer 1. mars - 26. august for utbygging.", WED, Language.NN);
    assertThat(m).extracting(DateMention::text).containsExactly("1. mars - 26. august");
    assertThat(m).extracting(DateMention::period).containsExactly("2019-03-01/2019-08-26");
    assertThat(DateResolver.resolve("Udstillingen kan ses 1. november–26. februar 2021.", WED, Language.DA))
        .extracting(DateMention::period).containsExactly("2020-11-01/2021-02-26");
  }

  /** A range of days written with spaces round the dash is one sentence, dated by the day it begins. */
  @Test
  void aRangeOfDaysWithSpacesIsOneTimelineEntryOnItsFirstDay() {
    String text = "Hitler tok Rest-Tsjekkoslovakia (frå 10. - 16. mars 1939), og Chamberlain gav opp.";
    List<DatedSentence> s = DateResolver.datedSentences(text, WED, Language.NN);
    assertThat(s).hasSize(1);
    assertThat(s.getFirst().text()).isEqualTo(text);
    assertThat(s.getFirst().primary().date()).isEqualTo("1939-03-10");
  }

  /**
   * A range of years after a cue word, in words or with a dash ("fra 1993 til 2002", "mellem 1979 og 1992", "fra
   * 1979-1990"), is one mention, the span from the year it begins to the year it ends ({@link Spans}).
   */
  @Test
  void aRangeOfYearsAfterACueIsTheSpanOfItsYears() {
    for (String[] t : new String[][] {{"nb", "Han var ordfører fra 1993 til 2002 i kommunen.", "fra 1993 til 2002"},
        {"sv", "Hon var chef från 1993 till 2002.", "1993 till 2002"},
        {"en", "He led the company from 1993 to 2002.", "1993 to 2002"},
        {"da", "Overgrebene fandt sted mellem 1979 og 1992, siger hun.", "1979 og 1992"},
        {"da", "Han var landstræner fra 1979-1990.", "1979-1990"},
        {"nb", "Han var rektor i 2019–2020.", "2019–2020"}}) {
      List<DateMention> m = DateResolver.resolve(t[1], WED, new Language(t[0]));
      assertThat(m).as(t[1]).singleElement().satisfies(x -> {
        assertThat(t[2]).endsWith(x.text());
        assertThat(x.period()).isEqualTo(t[2].replaceAll("\\D*(\\d{4})\\D+(\\d{4}).*", "$1/$2"));
      });
    }
    // without a cue before it, a range of years in words is no year, as a dashed one is not ("Danmark 1933–1945")
    assertThat(DateResolver.resolve("Europa gjorde det frå tida 1914 til 1945.", WED, Language.NN)).isEmpty();
    // a dashed range glued to a word is a name or an address
    assertThat(DateResolver.resolve("Se narvik.kommune.no/okonomiplan-2023-2026.aspx i dag.", null, Language.NB)).isEmpty();
    // a list of years is two years, and amounts are no years
    assertThat(DateResolver.resolve("Han var minister i 2019 og 2020.", WED, Language.DA))
        .extracting(DateMention::period).containsExactly("2019", "2020");
    assertThat(DateResolver.resolve("Billetten koster fra 1900 til 2000 kroner.", WED, Language.NB)).isEmpty();
  }

  /**
   * "Respectively" between a cue and the first year of a list ("i henholdsvis 2005-2007 og 2014-2016") leaves the cue
   * its year: both ranges are read (as spans of years since session 43), where only the second (after the cue "og")
   * was read.
   */
  @Test
  void aCueBeforeRespectivelyStillMarksTheYear() {
    assertThat(DateResolver.resolve("Slottet fik lagt nyt tag i henholdsvis 2005-2007 og 2014-2016.", WED,
        Language.DA)).extracting(DateMention::period).containsExactly("2005/2007", "2014/2016");
    assertThat(DateResolver.resolve("Hun vant i hhv. 2019 og 2021.", WED, Language.NB))
        .extracting(DateMention::period).containsExactly("2019", "2021");
    // without a cue before it, "henholdsvis" makes no year of the number after it
    assertThat(DateResolver.resolve("De fik henholdsvis 2005 stemmer.", WED, Language.DA)).isEmpty();
  }

  /** Only a year before the dash makes a range of years: "nr. 39 - 2004" is an issue of 2004. */
  @Test
  void aNumberAndADashBeforeAYearIsNoRange() {
    assertThat(DateResolver.resolve("Sjå Nytt om namn nr. 39 - 2004.", WED, Language.NN))
        .extracting(DateMention::period).containsExactly("2004");
  }

  @Test
  void yearsAloneAreYears() {
    List<DateMention> m = DateResolver.resolve("I 2018 møtte han Trump, og siden 2016 har han reist mye.", WED, Language.NB);
    assertThat(m).extracting(DateMention::period).containsExactly("2018", "2016");
    assertThat(m).allMatch(x -> x.granularity() == Granularity.YEAR && !x.relative());
  }

  @Test
  void withoutPublicationDateOnlyAbsoluteDatesResolve() {
    String text = "I går, 2019-04-23, sa han at møtet blir 25. april, og at det skjedde i mars 2018.";
    assertThat(DateResolver.resolve(text, null, Language.NB)).extracting(DateMention::period)
        .containsExactly("2019-04-23", "2018-03");
  }

  @Test
  void monthPrecisePublicationResolvesYearsAndMonthsButNotWeekdays() {
    ArticleDate april = ArticleDate.parse("2019-04").orElseThrow();
    String text = "Onsdag kom Kim. Dei møttest for åtte år sidan. Møtet er 25. april. Avtalen kom i fjor.";
    assertThat(DateResolver.resolve(text, april, Language.NN)).extracting(DateMention::period)
        .containsExactly("2011", "2019-04-25", "2018");
  }

  @Test
  void dayAndMonthTakesTheNearestYear() {
    ArticleDate newYear = ArticleDate.ofDay(LocalDate.of(2020, 1, 3));
    assertThat(DateResolver.resolve("Det skjedde 28. desember.", newYear, Language.NB))
        .extracting(DateMention::period).containsExactly("2019-12-28");
  }

  @Test
  void weekdayRuleAroundPublication() {
    LocalDate wed = LocalDate.of(2019, 4, 24);
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.WEDNESDAY, TimeExpression.Direction.NEAREST)).isEqualTo(wed);
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.SATURDAY, TimeExpression.Direction.NEAREST))
        .isEqualTo("2019-04-27");
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.SUNDAY, TimeExpression.Direction.NEAREST))
        .isEqualTo("2019-04-21");
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.WEDNESDAY, TimeExpression.Direction.PREVIOUS))
        .isEqualTo("2019-04-17");
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.WEDNESDAY, TimeExpression.Direction.NEXT))
        .isEqualTo("2019-05-01");
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.THURSDAY, TimeExpression.Direction.PAST))
        .isEqualTo("2019-04-18");
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.THURSDAY, TimeExpression.Direction.RECENT))
        .isEqualTo("2019-04-25");
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.SATURDAY, TimeExpression.Direction.RECENT))
        .isEqualTo("2019-04-20");
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.MONDAY, TimeExpression.Direction.RECENT))
        .isEqualTo("2019-04-22");
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.WEDNESDAY, TimeExpression.Direction.RECENT)).isEqualTo(wed);
    assertThat(WeekdayRule.resolve(wed, DayOfWeek.TUESDAY, TimeExpression.Direction.FUTURE))
        .isEqualTo("2019-04-30");
  }

  @Test
  void datedSentencesFormTimelineEntries() {
    String text = "Kim kom tysdag. Ingen dato her. Møtet blir torsdag den 25. april, i Vladivostok.";
    List<DatedSentence> s = DateResolver.datedSentences(text, WED, Language.NN);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).text()).isEqualTo("Kim kom tysdag.");
    assertThat(s.get(0).primary().date()).isEqualTo("2019-04-23");
    assertThat(s.get(1).text()).startsWith("Møtet blir").endsWith("Vladivostok.");
    assertThat(s.get(1).primary().date()).isEqualTo("2019-04-25");
    assertThat(text.substring(s.get(1).start(), s.get(1).end())).isEqualTo(s.get(1).text());
  }

  @Test
  void badInputNeverThrows() {
    String[] bad = {null, "\u0000\uFFFF", "9999-99-99 31. februar 2019 0. april", "i".repeat(10_000),
        "2019-02-29", "for 999 år sidan"};
    for (String t : bad) {
      for (Language l : new Language[] {Language.NN, Language.EN, Language.UND, null}) {
        DateResolver.resolve(t, WED, l);
        DateResolver.datedSentences(t, null, l);
      }
    }
    assertThat(DateResolver.resolve("31. februar og 2019-02-30", WED, Language.NB)).isEmpty();
  }

  /** Sentences with a date and a weekday, and some without, as a long article or a feed dump has them. */
  private static String manyDatedSentences(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i % 3 == 2 ? "Ingen dato i sak " + i + " her. " : "Møtet i sak " + i + " var tysdag den " + (1 + i % 28) + ". april. ");
      if (i % 50 == 49) {
        b.append("\n\n");
      }
    }
    return b.toString();
  }

  @Test
  void datedSentencesHoldEachMentionInTheSentenceAroundIt() {
    String text = manyDatedSentences(300);
    List<DateMention> mentions = DateResolver.resolve(text, WED, Language.NN);
    List<DatedSentence> got = DateResolver.datedSentences(text, WED, Language.NN);
    List<DatedSentence> expected = new ArrayList<>();
    for (int[] s : Sentences.split(text)) { // by definition: the mentions inside each sentence
      List<DateMention> inside = mentions.stream().filter(m -> m.start() >= s[0] && m.end() <= s[1]).toList();
      if (!inside.isEmpty()) {
        expected.add(new DatedSentence(s[0], s[1], text.substring(s[0], s[1]), inside));
      }
    }
    assertThat(got).hasSize(200).isEqualTo(expected);
  }

  @Test
  void aLongTextsTimelineIsNotQuadraticInItsDates() {
    // 120,000 sentences, 80,000 dated (about 5 MB): a minute when each mention scanned every sentence
    String text = manyDatedSentences(120_000);
    List<DatedSentence> s = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> DateResolver.datedSentences(text, WED, Language.NN));
    assertThat(s).hasSize(80_000);
  }

  /**
   * Irregular past forms, listed as no regular ending catches them, place a weekday last week and a day and month in
   * the past: "Laget vant på lørdag" on a Monday is the Saturday before, not the coming one.
   */
  @Test
  void irregularPastFormsPointBack() {
    ArticleDate monday = ArticleDate.ofDay(LocalDate.of(2019, 4, 22));
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 5));
    assertThat(only("nb", "Laget vant på lørdag etter straffer.", monday).period()).isEqualTo("2019-04-20");
    assertThat(only("sv", "Mannen greps på fredag i Malmö.", monday).period()).isEqualTo("2019-04-19");
    assertThat(only("en", "The old bridge fell on Thursday night.", monday).period()).isEqualTo("2019-04-18");
    assertThat(only("da", "Byen faldt kort efter invasionen 24. februar.", november).period()).isEqualTo("2022-02-24");
    assertThat(only("sv", "Regeringen föll 3. februar.", november).period()).isEqualTo("2022-02-03");
    // a future auxiliary still points ahead
    assertThat(only("nb", "Laget skal spille på lørdag.", monday).period()).isEqualTo("2019-04-27");
  }

  /** "Since" and a part of a period before a month ("siden slutningen af maj") make it past, as "since" alone does. */
  @Test
  void sinceThePartOfAMonthIsPast() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 21));
    ArticleDate september = ArticleDate.ofDay(LocalDate.of(2022, 9, 20));
    assertThat(only("da", "Det er det første tilfælde siden slutningen af maj.", november).period()).isEqualTo("2022-05");
    assertThat(only("sv", "Priserna har stigit sedan början av oktober.", september).period()).isEqualTo("2021-10");
    assertThat(only("en", "Prices have risen since the end of October.", september).period()).isEqualTo("2021-10");
  }

  /**
   * A future auxiliary before a month or a day and month in its clause puts it ahead, not in the nearest year when
   * that is well past; one after the date or beyond a comma, "skal have" (reported), and a day just past do not.
   */
  @Test
  void aFutureAuxiliaryBeforeAMonthPutsItAhead() {
    ArticleDate february = ArticleDate.ofDay(LocalDate.of(2023, 2, 15));
    assertThat(only("da", "Byen skal til december afholde et stort stævne.", february).period()).isEqualTo("2023-12");
    assertThat(only("da", "Salen bliver til november overtaget af et orkester.", february).period())
        .isEqualTo("2023-11");
    assertThat(only("da", "Rapporten fra oktober skal nu behandles.", february).period()).isEqualTo("2022-10");
    assertThat(only("da", "Sagen skal behandles, og tallene i oktober viser et fald.", february).period())
        .isEqualTo("2022-10");
    assertThat(only("da", "Manden skal have truet naboen 3. januar.", february).period()).isEqualTo("2023-01-03");
    assertThat(only("da", "Filmene skal vises 14. februar.", february).period()).isEqualTo("2023-02-14");
  }

  /**
   * After a modal or an infinitive marker a form in {@code -e} is an infinitive, no past cue: Danish and Bokmål
   * "melde" is the Nynorsk past, "starte" has a regular past's ending.
   */
  @Test
  void aFormAfterAModalOrInfinitiveMarkerIsNoPast() {
    ArticleDate monday = ArticleDate.ofDay(LocalDate.of(2019, 4, 22));
    ArticleDate april = ArticleDate.ofDay(LocalDate.of(2023, 4, 24));
    assertThat(only("da", "Hun ventes at starte kampagnen torsdag.", monday).period()).isEqualTo("2019-04-25");
    assertThat(only("da", "Kandidaterne bør melde fra i juni.", april).period()).isEqualTo("2023-06");
    // a past form not in -e after a modal and a comma is still past: "vil, sa hun"
    assertThat(only("nb", "Jeg gjør som jeg vil, sa hun til avisen i juni.", april).period()).isEqualTo("2022-06");
  }

  /**
   * Strong past forms from the grammars' lists of irregular verbs (Danish "lagde", Swedish "gjorde"), and the same
   * glued to a particle or prefix ("modtog", "inngikk", "ingick"), point a month back; a compound that is a noun
   * ("optog", a parade) and a weak participle's plural ("anbragte") do not.
   */
  @Test
  void irregularAndCompoundPastFormsPointAMonthBack() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 5));
    assertThat(only("da", "Ministeren modtog i marts en rapport om sagen.", november).period()).isEqualTo("2022-03");
    assertThat(only("nb", "Styret inngikk i juni en avtale med kommunen.", november).period()).isEqualTo("2022-06");
    assertThat(only("sv", "Partierna ingick i juni ett avtal.", november).period()).isEqualTo("2022-06");
    assertThat(only("da", "I april lagde han en video på nettet.", november).period()).isEqualTo("2022-04");
    assertThat(only("sv", "Det gjorde styrelsen redan i april.", november).period()).isEqualTo("2022-04");
    assertThat(only("da", "Byens optog i maj samler tusinder.", november).period()).isEqualTo("2023-05");
    assertThat(only("da", "Mange anbragte unge holder årsmøde 8. december.", november).period())
        .isEqualTo("2022-12-08");
  }

  /**
   * A past verb after a comma and a subordinator belongs to that clause, not to the date before it: "Revansjen
   * kommer på lørdag, etter at laget tapte ..." on a Monday is the coming Saturday.
   */
  @Test
  void aVerbOfASubordinateClauseAfterTheDateIsNotItsCue() {
    ArticleDate monday = ArticleDate.ofDay(LocalDate.of(2019, 4, 22));
    assertThat(only("nb", "Det legges opp til revansj på lørdag, etter at laget tapte finalen.", monday).period())
        .isEqualTo("2019-04-27");
    assertThat(only("da", "Der er lagt op til revanche på lørdag, efter holdet slog dem i finalen.", monday).period())
        .isEqualTo("2019-04-27");
    // without the comma the verb after it is still the nearest cue
    assertThat(only("nb", "Laget vant på lørdag etter straffer.", monday).period()).isEqualTo("2019-04-20");
  }

  /**
   * A present copula right before "på"/"on" and a weekday names a scheduled day ahead, whatever a past-looking
   * adjective nearby says; scheduling passives in the present ("holdes", "spilles", "hålls") point ahead too.
   */
  @Test
  void aPresentCopulaOrSchedulingPassiveBeforeAWeekdayPointsAhead() {
    ArticleDate thursday = ArticleDate.ofDay(LocalDate.of(2019, 4, 25));
    assertThat(only("da", "Fristen for de indsendte ansøgninger er på mandag.", thursday).period())
        .isEqualTo("2019-04-29");
    assertThat(only("en", "The deadline for the signed forms is on Monday.", thursday).period()).isEqualTo("2019-04-29");
    assertThat(only("da", "Den udsatte kamp spilles tirsdag.", thursday).period()).isEqualTo("2019-04-30");
    assertThat(only("nb", "Det utsatte møtet holdes tirsdag.", thursday).period()).isEqualTo("2019-04-30");
    assertThat(only("sv", "Den inställda matchen spelas tisdag.", thursday).period()).isEqualTo("2019-04-30");
    // the perfect with a fronted day ("er mandag blevet") is not the copula before "på"
    assertThat(only("da", "En mand er mandag blevet anholdt.", thursday).period()).isEqualTo("2019-04-22");
  }

  /**
   * Swedish "dog" (died) is a past cue in Swedish text only: in Danish and Norwegian it is "however", and "I
   * januar får partiet dog flertal" written in December is the coming January.
   */
  @Test
  void swedishDogIsNoPastCueInDanishOrNorwegian() {
    ArticleDate december = ArticleDate.ofDay(LocalDate.of(2022, 12, 1));
    assertThat(only("da", "I januar får partiet dog flertal i salen.", december).period()).isEqualTo("2023-01");
    assertThat(only("nb", "I januar får partiet dog flertall i salen.", december).period()).isEqualTo("2023-01");
    assertThat(only("sv", "I januari dog han i sitt hem.", december).period()).isEqualTo("2022-01");
  }

  /**
   * A day and month without year followed in its sentence by a full date with a year takes that year: the text
   * writes the year once, on the last of the two dates.
   */
  @Test
  void aDayAndMonthTakesTheYearOfALaterFullDateInItsSentence() {
    ArticleDate october = ArticleDate.ofDay(LocalDate.of(2022, 10, 28));
    assertThat(DateResolver.resolve("Festivalen begynder den 1. juli og slutter den 23. juli 2023.", october, Language.DA))
        .extracting(DateMention::period).containsExactly("2023-07-01", "2023-07-23");
    // the last such day not after the written one: late December before a date of January
    assertThat(DateResolver.resolve("Kurset går 28. desember og igjen 3. januar 2023.", october, Language.NB))
        .extracting(DateMention::period).containsExactly("2022-12-28", "2023-01-03");
    // another sentence's year is not taken
    assertThat(DateResolver.resolve("Han kom hjem 1. juli. Den 23. juli 2023 rejser han igen.", october, Language.DA))
        .extracting(DateMention::period).containsExactly("2022-07-01", "2023-07-23");
    // nor a year far from publication (history)
    assertThat(DateResolver.resolve("Hun blev gift 1. juli og døde 23. juli 1990.", october, Language.DA))
        .extracting(DateMention::period).containsExactly("2022-07-01", "1990-07-23");
  }

  /**
   * A regular past form right after a month is the finite verb of the date's clause (after a fronted date, or between
   * subject and verb in a subordinate clause), so the month is the past one: "I februar anmeldte ..." in November.
   */
  @Test
  void aRegularPastFormRightAfterAMonthPointsBack() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 26));
    assertThat(only("da", "I februar anmeldte drengen manden til politiet.", november).period()).isEqualTo("2022-02");
    assertThat(only("da", "Det skete, efter at retten i februar besluttede at ændre reglerne.", november).period())
        .isEqualTo("2022-02");
    assertThat(only("en", "The court in February decided to hear the case.", november).period()).isEqualTo("2022-02");
    // a present verb, or an adverb with a past-like ending, says nothing: the nearest February
    assertThat(only("da", "I februar indtræder han i bestyrelsen.", november).period()).isEqualTo("2023-02");
    assertThat(only("da", "I februar allerede kan man se det.", november).period()).isEqualTo("2023-02");
    // after a future auxiliary the form is an infinitive
    assertThat(only("nb", "Hotellet vil fra 1. februar skifte navn.", november).period()).isEqualTo("2023-02-01");
    assertThat(only("nb", "Hotellet vil fra 1. Februar skifte navn.", november).period()).isEqualTo("2023-02-01");
  }

  /**
   * "Tilbage i", "tilbake i", "tillbaka i" or "back in" right before a month names a past one, unless a verb of coming
   * back, a copula or a future auxiliary stands before it ("vender tilbage i april", "will be back in March").
   */
  @Test
  void backInAMonthPointsBack() {
    ArticleDate december = ArticleDate.ofDay(LocalDate.of(2022, 12, 8));
    assertThat(only("da", "Firmaet bebudede tilbage i marts, at det ville trække sig.", december).period())
        .isEqualTo("2022-03");
    assertThat(only("nb", "Efter et skuffende mesterskap tilbake i februar er hun i form igjen.", december).period())
        .isEqualTo("2022-02");
    assertThat(only("en", "The firm warned back in March that prices would rise.", december).period())
        .isEqualTo("2022-03");
    // coming back, going back, being back: the coming month
    assertThat(only("da", "Spilleren vender tilbage i marts.", december).period()).isEqualTo("2023-03");
    assertThat(only("da", "Han skal tilbage i marts.", december).period()).isEqualTo("2023-03");
    assertThat(only("en", "He will be back in March.", december).period()).isEqualTo("2023-03");
  }

  /**
   * A listed past verb of the month's own clause further back than the window places it in the past (the finite verb
   * stands second, before however many phrases); not across "at", "og" or a comma (another clause's verb), and not
   * for a limit after "til" (a deadline set in the past lies ahead).
   */
  @Test
  void aPastVerbOfTheClauseBeyondTheWindowPointsBack() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 15));
    assertThat(only("da", "Hun blev set på en café i den gamle bydel i februar.", november).period())
        .isEqualTo("2022-02");
    assertThat(only("nb", "Han ble valgt til leder av styret i foreningen i mars.", november).period())
        .isEqualTo("2022-03");
    assertThat(only("da", "Fabrikken stod for mange af byens job før branden i februar.", november).period())
        .isEqualTo("2022-02");
    // another clause's verb, a limit: the nearest year as before
    assertThat(only("da", "Ministeren sagde på et møde med pressen at loven træder i kraft i januar.", november)
        .period()).isEqualTo("2023-01");
    assertThat(only("da", "Han kom hjem fra turen og flytter til en ny by i februar.", november).period())
        .isEqualTo("2023-02");
    assertThat(only("da", "Firmaet fik efter et langt møde med banken sin frist forlænget til 1. februar.", november)
        .period()).isEqualTo("2023-02-01");
  }

  /**
   * "Since" with a phrase or clause between it and a month dates a past start ("siden stormen i februar"); not "siden"
   * the page ("på siden i mars") nor Swedish "sedan", "then".
   */
  @Test
  void sinceGoverningAPhraseWithAMonthPointsBack() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 25));
    assertThat(only("da", "Butikken har været lukket siden stormen i februar.", november).period())
        .isEqualTo("2022-02");
    assertThat(only("nb", "Det har vært stille i gata siden den store brannen i februar.", november).period())
        .isEqualTo("2022-02");
    assertThat(only("en", "Prices have doubled since the company's launch in May.", november).period())
        .isEqualTo("2022-05");
    assertThat(only("nb", "Det står mer om saken på siden i mars.", november).period()).isEqualTo("2023-03");
    assertThat(only("sv", "Först reser de till Paris och sedan till Rom i maj.", november).period())
        .isEqualTo("2023-05");
  }

  /**
   * A regular past form right before a month's preposition, or with a name or subject pronoun between, is the verb the
   * month modifies; not an adjective before its noun, an infinitive after its marker, nor a verb of announcing.
   */
  @Test
  void aRegularPastRightBeforeTheMonthPointsBack() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 20));
    assertThat(only("da", "Forbundet suspenderede i februar klubben på ubestemt tid.", november).period())
        .isEqualTo("2022-02");
    assertThat(only("da", "I samme sag ransagede Rigspolitiet i marts tolv adresser.", november).period())
        .isEqualTo("2022-03");
    assertThat(only("da", "Derfor besluttede han i januar at stoppe.", november).period()).isEqualTo("2022-01");
    assertThat(only("nb", "Styret kjøpte i februar to nye busser.", november).period()).isEqualTo("2022-02");
    // an adjective before its noun, an infinitive, an announcement: the nearest year as before
    assertThat(only("da", "Kommunen lukker 40 opvarmede haller i februar.", november).period()).isEqualTo("2023-02");
    assertThat(only("da", "Klubben håber at sprede i februar sine aktiviteter.", november).period())
        .isEqualTo("2023-02");
    assertThat(only("da", "Forbundet varslede den 12. januar strejke.", november).period()).isEqualTo("2023-01-12");
  }

  /**
   * An attack, a killing, an accident named in the definite form right before a month, or with "af" and a word between,
   * is known only once it has happened, so the month is past; not a feared one (indefinite), nor an anniversary.
   */
  @Test
  void anUnforeseenEventRightBeforeTheMonthPointsBack() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 20));
    assertThat(only("da", "Prisen steg allerede før invasionen i februar.", november).period()).isEqualTo("2022-02");
    assertThat(only("da", "Skoleskyderiet den 24. april er et af de værste.", november).period())
        .isEqualTo("2022-04-24");
    assertThat(only("nb", "Etter angrepet på leiren i mars styrkes vakten.", november).period())
        .isEqualTo("2022-03");
    assertThat(only("sv", "Efter olyckan i januari stängdes vägen.", november).period()).isEqualTo("2022-01");
    assertThat(only("en", "Shares are still low after the attack in February.", november).period())
        .isEqualTo("2022-02");
    // a feared attack, an anniversary: the nearest year as before
    assertThat(only("da", "Myndighederne frygter et angreb i februar.", november).period()).isEqualTo("2023-02");
    assertThat(only("da", "Byen markerer årsdagen for branden den 3. januar.", november).period())
        .isEqualTo("2023-01-03");
  }

  /**
   * A past form of making someone do something ("fik", "tvang") before "til at", "til å" entails the deed was done, so a
   * month of the infinitive clause beyond the window is past; urging someone to do it entails nothing.
   */
  @Test
  void aMonthOfWhatOneWasMadeToDoIsPast() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 20));
    assertThat(only("da", "Skandalen fik ministeren til at træde tilbage fra sin post i januar.", november).period())
        .isEqualTo("2022-01");
    assertThat(only("nb", "Protestene tvang den gamle regjeringen til å gå av etter mange år i februar.", november)
        .period()).isEqualTo("2022-02");
    assertThat(only("da", "Han opfordrede ministeren til at træde tilbage fra sin post i januar.", november).period())
        .isEqualTo("2023-01");
  }

  /** "End i" a month compares with a figure already measured: a past month; not "senere end i", a limit. */
  @Test
  void aMonthComparedWithIsPast() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 20));
    assertThat(only("da", "Nu dør langt færre af sygdommen end i februar.", november).period()).isEqualTo("2022-02");
    assertThat(only("sv", "Nu säljs fler bilar än i januari.", november).period()).isEqualTo("2022-01");
    assertThat(only("da", "Svaret kommer ikke senere end i februar.", november).period()).isEqualTo("2023-02");
  }

  /**
   * A regular past form followed by an object or reflexive pronoun is a verb (an adjective is followed by its noun), so
   * beyond the window it places a month in the past; not after "og", where the form may be an infinitive.
   */
  @Test
  void aRegularPastWithAnObjectPronounPointsBack() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 20));
    assertThat(only("da", "Den tidligere leder sprængte sig selv i luften ude på landet i februar.", november)
        .period()).isEqualTo("2022-02");
    assertThat(only("nb", "Kommunen kjøpte seg fri fra avtalen med selskapet i februar.", november).period())
        .isEqualTo("2022-02");
    assertThat(only("da", "De mange frivillige vil samles og sprede sig over hele byen i februar.", november)
        .period()).isEqualTo("2023-02");
  }

  /**
   * The perfect's "har" after a comma following a month is the next clause's: a past form of the month's own clause
   * further back wins over it; with none, "har" stays the nearest cue.
   */
  @Test
  void aPastFormOfTheMonthsClauseWinsOverAPerfectAfterAComma() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 20));
    assertThat(only("da", "Siden striden mellem de to klubber brød ud i februar, har kampene været aflyst.", november)
        .period()).isEqualTo("2022-02");
    assertThat(only("nb", "Siden han forlot makten og landet i januar, har det vært uro.", november).period())
        .isEqualTo("2022-01");
    assertThat(only("da", "Vi ses i februar, har de aftalt.", november).period()).isEqualTo("2023-02");
  }

  /**
   * A relative pronoun that is its clause's subject ("der", "som") is followed by the clause's finite verb, after the
   * clause's adverbials when the date stands among them: a regular past there places the month in the past.
   */
  @Test
  void aRegularPastAfterARelativeSubjectPointsBack() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 20));
    assertThat(only("da", "Sagen gælder en ulykke, der kostede en ung mand livet på motorvejen i februar.", november)
        .period()).isEqualTo("2022-02");
    assertThat(only("da", "Anklagen gælder en mand, som i februar flere gange forsøgte at snyde banken.", november)
        .period()).isEqualTo("2022-02");
    assertThat(only("da", "Anklagen gælder en mand, som i februar skal møde i retten.", november).period())
        .isEqualTo("2023-02");
  }

  /** "sagde" with a particle ("opsagde", "afsagde") is a finite past, as "lagde" with one is. */
  @Test
  void aParticleGluedToSagdeIsAPastForm() {
    ArticleDate april = ArticleDate.ofDay(LocalDate.of(2023, 4, 1));
    assertThat(only("da", "Lejeren betalte husleje frem til september, hvor han opsagde lejligheden.", april)
        .period()).isEqualTo("2022-09");
  }

  /**
   * A month between "til" and "at" after a past form of making someone do something is past, as after "til at"; a
   * party's letters in brackets after a name between them close no clause.
   */
  @Test
  void aMonthInsideWhatOneWasMadeToDoIsPast() {
    ArticleDate november = ArticleDate.ofDay(LocalDate.of(2022, 11, 20));
    assertThat(only("da", "Skandalen fik den mangeårige formand for det store parti til i februar at træde tilbage.",
        november).period()).isEqualTo("2022-02");
    assertThat(only("da", "Skandalen fik ministeren Kim Hansen (S) til i februar at træde tilbage.", november)
        .period()).isEqualTo("2022-02");
    assertThat(only("da", "Skandalen fik ministeren Kim Hansen (S) til at forlade sin post i februar.", november)
        .period()).isEqualTo("2022-02");
  }

  private static DateMention only(String code, String text, ArticleDate published) {
    List<DateMention> m = DateResolver.resolve(text, published, new Language(code));
    assertThat(m).as(text).hasSize(1);
    return m.getFirst();
  }
}
