package com.quoox.xero.sandbox.accounting;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Xero's Organisation.Timezone values (Windows time zone IDs upper-cased without spaces, the
 * contract's TimeZone enum) and the IANA zone each stands for, after CLDR's windowsZones table
 * (territory 001). The live API has answered values outside the enum, such as {@code UTC+13} before
 * it was added (https://github.com/XeroAPI/xero-ruby/issues/65), so any {@code UTC+N} or {@code
 * UTC-N} is taken too.
 */
public final class XeroTimeZones {

  private static final Pattern UTC_OFFSET = Pattern.compile("UTC([+-])(\\d{1,2})");

  private static final Map<String, String> IANA =
      Map.ofEntries(
          Map.entry("AFGHANISTANSTANDARDTIME", "Asia/Kabul"),
          Map.entry("ALASKANSTANDARDTIME", "America/Anchorage"),
          Map.entry("ALEUTIANSTANDARDTIME", "America/Adak"),
          Map.entry("ALTAISTANDARDTIME", "Asia/Barnaul"),
          Map.entry("ARABIANSTANDARDTIME", "Asia/Dubai"),
          Map.entry("ARABICSTANDARDTIME", "Asia/Baghdad"),
          Map.entry("ARABSTANDARDTIME", "Asia/Riyadh"),
          Map.entry("ARGENTINASTANDARDTIME", "America/Argentina/Buenos_Aires"),
          Map.entry("ASTRAKHANSTANDARDTIME", "Europe/Astrakhan"),
          Map.entry("ATLANTICSTANDARDTIME", "America/Halifax"),
          Map.entry("AUSCENTRALSTANDARDTIME", "Australia/Darwin"),
          Map.entry("AUSCENTRALWSTANDARDTIME", "Australia/Eucla"),
          Map.entry("AUSEASTERNSTANDARDTIME", "Australia/Sydney"),
          Map.entry("AZERBAIJANSTANDARDTIME", "Asia/Baku"),
          Map.entry("AZORESSTANDARDTIME", "Atlantic/Azores"),
          Map.entry("BAHIASTANDARDTIME", "America/Bahia"),
          Map.entry("BANGLADESHSTANDARDTIME", "Asia/Dhaka"),
          Map.entry("BELARUSSTANDARDTIME", "Europe/Minsk"),
          Map.entry("BOUGAINVILLESTANDARDTIME", "Pacific/Bougainville"),
          Map.entry("CANADACENTRALSTANDARDTIME", "America/Regina"),
          Map.entry("CAPEVERDESTANDARDTIME", "Atlantic/Cape_Verde"),
          Map.entry("CAUCASUSSTANDARDTIME", "Asia/Yerevan"),
          Map.entry("CENAUSTRALIASTANDARDTIME", "Australia/Adelaide"),
          Map.entry("CENTRALAMERICASTANDARDTIME", "America/Guatemala"),
          Map.entry("CENTRALASIASTANDARDTIME", "Asia/Almaty"),
          Map.entry("CENTRALBRAZILIANSTANDARDTIME", "America/Cuiaba"),
          Map.entry("CENTRALEUROPEANSTANDARDTIME", "Europe/Warsaw"),
          Map.entry("CENTRALEUROPESTANDARDTIME", "Europe/Budapest"),
          Map.entry("CENTRALPACIFICSTANDARDTIME", "Pacific/Guadalcanal"),
          Map.entry("CENTRALSTANDARDTIME", "America/Chicago"),
          Map.entry("CENTRALSTANDARDTIME(MEXICO)", "America/Mexico_City"),
          Map.entry("CHATHAMISLANDSSTANDARDTIME", "Pacific/Chatham"),
          Map.entry("CHINASTANDARDTIME", "Asia/Shanghai"),
          Map.entry("CUBASTANDARDTIME", "America/Havana"),
          Map.entry("DATELINESTANDARDTIME", "Etc/GMT+12"),
          Map.entry("EAFRICASTANDARDTIME", "Africa/Nairobi"),
          Map.entry("EASTERISLANDSTANDARDTIME", "Pacific/Easter"),
          Map.entry("EASTERNSTANDARDTIME", "America/New_York"),
          Map.entry("EASTERNSTANDARDTIME(MEXICO)", "America/Cancun"),
          Map.entry("EAUSTRALIASTANDARDTIME", "Australia/Brisbane"),
          Map.entry("EEUROPESTANDARDTIME", "Europe/Chisinau"),
          Map.entry("EGYPTSTANDARDTIME", "Africa/Cairo"),
          Map.entry("EKATERINBURGSTANDARDTIME", "Asia/Yekaterinburg"),
          Map.entry("ESOUTHAMERICASTANDARDTIME", "America/Sao_Paulo"),
          Map.entry("FIJISTANDARDTIME", "Pacific/Fiji"),
          Map.entry("FLESTANDARDTIME", "Europe/Kiev"),
          Map.entry("GEORGIANSTANDARDTIME", "Asia/Tbilisi"),
          Map.entry("GMTSTANDARDTIME", "Europe/London"),
          Map.entry("GREENLANDSTANDARDTIME", "America/Godthab"),
          Map.entry("GREENWICHSTANDARDTIME", "Atlantic/Reykjavik"),
          Map.entry("GTBSTANDARDTIME", "Europe/Bucharest"),
          Map.entry("HAITISTANDARDTIME", "America/Port-au-Prince"),
          Map.entry("HAWAIIANSTANDARDTIME", "Pacific/Honolulu"),
          Map.entry("INDIASTANDARDTIME", "Asia/Kolkata"),
          Map.entry("IRANSTANDARDTIME", "Asia/Tehran"),
          Map.entry("ISRAELSTANDARDTIME", "Asia/Jerusalem"),
          Map.entry("JORDANSTANDARDTIME", "Asia/Amman"),
          Map.entry("KALININGRADSTANDARDTIME", "Europe/Kaliningrad"),
          Map.entry("KAMCHATKASTANDARDTIME", "Asia/Kamchatka"),
          Map.entry("KOREASTANDARDTIME", "Asia/Seoul"),
          Map.entry("LIBYASTANDARDTIME", "Africa/Tripoli"),
          Map.entry("LINEISLANDSSTANDARDTIME", "Pacific/Kiritimati"),
          Map.entry("LORDHOWESTANDARDTIME", "Australia/Lord_Howe"),
          Map.entry("MAGADANSTANDARDTIME", "Asia/Magadan"),
          Map.entry("MAGALLANESSTANDARDTIME", "America/Punta_Arenas"),
          Map.entry("MARQUESASSTANDARDTIME", "Pacific/Marquesas"),
          Map.entry("MAURITIUSSTANDARDTIME", "Indian/Mauritius"),
          Map.entry("MIDATLANTICSTANDARDTIME", "Etc/GMT+2"),
          Map.entry("MIDDLEEASTSTANDARDTIME", "Asia/Beirut"),
          Map.entry("MONTEVIDEOSTANDARDTIME", "America/Montevideo"),
          Map.entry("MOROCCOSTANDARDTIME", "Africa/Casablanca"),
          Map.entry("MOUNTAINSTANDARDTIME", "America/Denver"),
          Map.entry("MOUNTAINSTANDARDTIME(MEXICO)", "America/Mazatlan"),
          Map.entry("MYANMARSTANDARDTIME", "Asia/Yangon"),
          Map.entry("NAMIBIASTANDARDTIME", "Africa/Windhoek"),
          Map.entry("NCENTRALASIASTANDARDTIME", "Asia/Novosibirsk"),
          Map.entry("NEPALSTANDARDTIME", "Asia/Kathmandu"),
          Map.entry("NEWFOUNDLANDSTANDARDTIME", "America/St_Johns"),
          Map.entry("NEWZEALANDSTANDARDTIME", "Pacific/Auckland"),
          Map.entry("NORFOLKSTANDARDTIME", "Pacific/Norfolk"),
          Map.entry("NORTHASIAEASTSTANDARDTIME", "Asia/Irkutsk"),
          Map.entry("NORTHASIASTANDARDTIME", "Asia/Krasnoyarsk"),
          Map.entry("NORTHKOREASTANDARDTIME", "Asia/Pyongyang"),
          Map.entry("OMSKSTANDARDTIME", "Asia/Omsk"),
          Map.entry("PACIFICSASTANDARDTIME", "America/Santiago"),
          Map.entry("PACIFICSTANDARDTIME", "America/Los_Angeles"),
          Map.entry("PACIFICSTANDARDTIME(MEXICO)", "America/Tijuana"),
          Map.entry("PAKISTANSTANDARDTIME", "Asia/Karachi"),
          Map.entry("PARAGUAYSTANDARDTIME", "America/Asuncion"),
          Map.entry("QYZYLORDASTANDARDTIME", "Asia/Qyzylorda"),
          Map.entry("ROMANCESTANDARDTIME", "Europe/Paris"),
          Map.entry("RUSSIANSTANDARDTIME", "Europe/Moscow"),
          Map.entry("RUSSIATIMEZONE10", "Asia/Srednekolymsk"),
          Map.entry("RUSSIATIMEZONE11", "Asia/Kamchatka"),
          Map.entry("RUSSIATIMEZONE3", "Europe/Samara"),
          Map.entry("SAEASTERNSTANDARDTIME", "America/Cayenne"),
          Map.entry("SAINTPIERRESTANDARDTIME", "America/Miquelon"),
          Map.entry("SAKHALINSTANDARDTIME", "Asia/Sakhalin"),
          Map.entry("SAMOASTANDARDTIME", "Pacific/Apia"),
          Map.entry("SAOTOMESTANDARDTIME", "Africa/Sao_Tome"),
          Map.entry("SAPACIFICSTANDARDTIME", "America/Bogota"),
          Map.entry("SARATOVSTANDARDTIME", "Europe/Saratov"),
          Map.entry("SAWESTERNSTANDARDTIME", "America/La_Paz"),
          Map.entry("SEASIASTANDARDTIME", "Asia/Bangkok"),
          Map.entry("SINGAPORESTANDARDTIME", "Asia/Singapore"),
          Map.entry("SOUTHAFRICASTANDARDTIME", "Africa/Johannesburg"),
          Map.entry("SOUTHSUDANSTANDARDTIME", "Africa/Juba"),
          Map.entry("SRILANKASTANDARDTIME", "Asia/Colombo"),
          Map.entry("SUDANSTANDARDTIME", "Africa/Khartoum"),
          Map.entry("SYRIASTANDARDTIME", "Asia/Damascus"),
          Map.entry("TAIPEISTANDARDTIME", "Asia/Taipei"),
          Map.entry("TASMANIASTANDARDTIME", "Australia/Hobart"),
          Map.entry("TOCANTINSSTANDARDTIME", "America/Araguaina"),
          Map.entry("TOKYOSTANDARDTIME", "Asia/Tokyo"),
          Map.entry("TOMSKSTANDARDTIME", "Asia/Tomsk"),
          Map.entry("TONGASTANDARDTIME", "Pacific/Tongatapu"),
          Map.entry("TRANSBAIKALSTANDARDTIME", "Asia/Chita"),
          Map.entry("TURKEYSTANDARDTIME", "Europe/Istanbul"),
          Map.entry("TURKSANDCAICOSSTANDARDTIME", "America/Grand_Turk"),
          Map.entry("ULAANBAATARSTANDARDTIME", "Asia/Ulaanbaatar"),
          Map.entry("USEASTERNSTANDARDTIME", "America/Indiana/Indianapolis"),
          Map.entry("USMOUNTAINSTANDARDTIME", "America/Phoenix"),
          Map.entry("UTC", "Etc/UTC"),
          Map.entry("UTC+12", "Etc/GMT-12"),
          Map.entry("UTC+13", "Etc/GMT-13"),
          Map.entry("UTC02", "Etc/GMT+2"),
          Map.entry("UTC08", "Etc/GMT+8"),
          Map.entry("UTC09", "Etc/GMT+9"),
          Map.entry("UTC11", "Etc/GMT+11"),
          Map.entry("VENEZUELASTANDARDTIME", "America/Caracas"),
          Map.entry("VLADIVOSTOKSTANDARDTIME", "Asia/Vladivostok"),
          Map.entry("VOLGOGRADSTANDARDTIME", "Europe/Volgograd"),
          Map.entry("WAUSTRALIASTANDARDTIME", "Australia/Perth"),
          Map.entry("WCENTRALAFRICASTANDARDTIME", "Africa/Lagos"),
          Map.entry("WESTASIASTANDARDTIME", "Asia/Tashkent"),
          Map.entry("WESTBANKSTANDARDTIME", "Asia/Hebron"),
          Map.entry("WESTPACIFICSTANDARDTIME", "Pacific/Port_Moresby"),
          Map.entry("WEUROPESTANDARDTIME", "Europe/Berlin"),
          Map.entry("WMONGOLIASTANDARDTIME", "Asia/Hovd"),
          Map.entry("YAKUTSKSTANDARDTIME", "Asia/Yakutsk"),
          Map.entry("YUKONSTANDARDTIME", "America/Whitehorse"));

  private XeroTimeZones() {}

  /** The zone Xero dates documents in for this Timezone value. */
  public static ZoneId zoneOf(String xeroTimezone) {
    String iana = IANA.get(xeroTimezone);
    if (iana != null) {
      return ZoneId.of(iana);
    }
    Matcher offset = UTC_OFFSET.matcher(xeroTimezone);
    if (offset.matches()) {
      try {
        return ZoneId.of("UTC" + offset.group(1) + offset.group(2));
      } catch (DateTimeException outOfRange) {
        throw new IllegalArgumentException("not a UTC offset Xero could use: " + xeroTimezone);
      }
    }
    throw new IllegalArgumentException(
        "not one of Xero's Timezone values (e.g. GMTSTANDARDTIME, NEWZEALANDSTANDARDTIME): "
            + xeroTimezone);
  }
}
