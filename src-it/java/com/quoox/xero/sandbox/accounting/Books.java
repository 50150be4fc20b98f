package com.quoox.xero.sandbox.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.http.XeroJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One organisation's books: contacts, invoices, credit notes, payments, allocations, bank
 * transactions and bank transfers, kept as the JSON Xero would return. Callers lock the instance
 * around a whole batch, as Xero applies a batch atomically.
 */
public final class Books {

  private static final List<String> DOCUMENT_FIELDS =
      List.of(
          "Type",
          "Date",
          "DueDate",
          "LineAmountTypes",
          "Reference",
          "Url",
          "CurrencyCode",
          "CurrencyRate",
          "Status",
          "BrandingThemeID",
          "SentToContact");
  private static final List<String> LINE_FIELDS =
      List.of(
          "Description",
          "Quantity",
          "UnitAmount",
          "ItemCode",
          "AccountCode",
          "TaxType",
          "LineAmount",
          "DiscountRate",
          "DiscountAmount",
          "Tracking");

  private final Map<UUID, ObjectNode> contacts = new LinkedHashMap<>();
  private final Map<DocumentKind, Map<UUID, ObjectNode>> documents =
      new EnumMap<>(DocumentKind.class);
  private final Map<DocumentKind, Integer> lastNumbers = new EnumMap<>(DocumentKind.class);
  public final List<ObjectNode> payments = new ArrayList<>();
  public final List<ObjectNode> allocations = new ArrayList<>();
  public final List<ObjectNode> bankTransactions = new ArrayList<>();
  public final List<ObjectNode> bankTransfers = new ArrayList<>();

  /** Bank accounts this organisation added to the shared chart, without a Code. */
  private final List<ChartOfAccounts.Account> ownAccounts = new ArrayList<>();

  /** Accounts this organisation archived after the shared chart was set up. */
  private final Set<String> archivedAccounts = new HashSet<>();

  /**
   * Whether a LineAmount sent must match Xero's own arithmetic, as on Xero; a test may turn the
   * check off, and the amount sent is then ignored for Xero's.
   */
  public volatile boolean checkLineAmounts = true;

  /** The organisation's time zone and lock dates, which date and admit what is posted. */
  public final OrganisationSettings settings;

  public Books(OrganisationSettings settings) {
    this.settings = settings;
    for (DocumentKind kind : DocumentKind.values()) {
      documents.put(kind, new LinkedHashMap<>());
      lastNumbers.put(kind, 0);
    }
  }

  public void archiveAccount(String code) {
    archivedAccounts.add(code);
  }

  /**
   * Adds a bank account without a Code, which Xero allows for bank accounts only
   * (https://support.webtize.com.au/portal/en/kb/articles/account-code-not-showing-how-to-create;
   * Payment.Code in Xero's OpenAPI contract: "not all accounts have a code value").
   */
  public ChartOfAccounts.Account addBankAccountWithoutCode(String name) {
    ChartOfAccounts.Account account =
        new ChartOfAccounts.Account(
            UUID.randomUUID(), null, name, "BANK", "ASSET", "ACTIVE", "NONE", false);
    ownAccounts.add(account);
    return account;
  }

  /** The account a request names by {@code Code} or, failing that, by {@code AccountID}. */
  public Optional<ChartOfAccounts.Account> account(JsonNode reference) {
    Optional<ChartOfAccounts.Account> shared = ChartOfAccounts.account(reference);
    if (shared.isPresent() || XeroJson.text(reference, "Code") != null) {
      return shared;
    }
    String id = XeroJson.text(reference, "AccountID");
    return ownAccounts.stream().filter(a -> a.id().toString().equalsIgnoreCase(id)).findFirst();
  }

  /** The whole chart this organisation sees: the shared accounts, then its own. */
  public List<ChartOfAccounts.Account> accounts() {
    List<ChartOfAccounts.Account> all = new ArrayList<>(ChartOfAccounts.accounts());
    all.addAll(ownAccounts);
    return all;
  }

  /** Its accounts of Type BANK, in chart order (as Xero's Bank Summary lists them). */
  public List<ChartOfAccounts.Account> bankAccounts() {
    return accounts().stream().filter(a -> a.type().equals("BANK")).toList();
  }

  public boolean archived(ChartOfAccounts.Account account) {
    return account.archived() || archivedAccounts.contains(account.code());
  }

  // ---- documents

  /** The sent element reduced to the fields Xero reads, with Xero's defaults filled in. */
  public static ObjectNode prepare(ObjectNode sent, DocumentKind kind) {
    ObjectNode doc = XeroJson.object();
    for (String field : DOCUMENT_FIELDS) {
      copy(sent, doc, field);
    }
    copy(sent, doc, kind.numberField);
    doc.set(
        "Contact", sent.hasNonNull("Contact") ? sent.get("Contact").deepCopy() : XeroJson.object());
    putDefault(doc, "Status", "DRAFT");
    putDefault(doc, "LineAmountTypes", "Exclusive");
    putDefault(doc, "CurrencyCode", "GBP");
    prepareLines(sent, doc);
    return doc;
  }

  /**
   * Copies the sent LineItems onto {@code prepared} (which already holds its LineAmountTypes) with
   * the fields Xero reads and each line's TaxType defaulted.
   */
  public static void prepareLines(JsonNode sent, ObjectNode prepared) {
    ArrayNode lines = prepared.putArray("LineItems");
    JsonNode sentLines = sent.get("LineItems");
    if (sentLines != null && sentLines.isArray()) {
      sentLines.forEach(
          line -> lines.add(prepareLine(line, XeroJson.text(prepared, "LineAmountTypes"))));
    }
  }

  private static ObjectNode prepareLine(JsonNode sent, String lineAmountTypes) {
    ObjectNode line = XeroJson.object();
    LINE_FIELDS.forEach(field -> copy(sent, line, field));
    if (!line.hasNonNull("TaxType")) {
      // Xero falls back to the account's default tax rate, and to no tax on NoTax documents.
      String byAccount =
          ChartOfAccounts.account(XeroJson.text(line, "AccountCode"))
              .map(ChartOfAccounts.Account::taxType)
              .orElse("NONE");
      line.put("TaxType", "NoTax".equals(lineAmountTypes) ? "NONE" : byAccount);
    }
    return line;
  }

  public boolean hasNumber(DocumentKind kind, String number) {
    return documents.get(kind).values().stream()
        .anyMatch(doc -> number.equalsIgnoreCase(XeroJson.text(doc, kind.numberField)));
  }

  /** Stores a prepared, checked document and returns what Xero answers for it. */
  public ObjectNode add(DocumentKind kind, ObjectNode prepared) {
    ObjectNode doc = prepared.deepCopy();
    UUID id = UUID.randomUUID();
    doc.put(kind.idField, id.toString());
    if (!doc.hasNonNull(kind.numberField)) {
      int next = lastNumbers.merge(kind, 1, Integer::sum);
      doc.put(kind.numberField, kind.numberPrefix + String.format("%04d", next));
    }
    doc.set("Contact", contactSummary(findOrCreateContact(doc.get("Contact"))));
    LocalDate date = dateOf(doc);
    putDate(doc, "Date", date);
    putDate(
        doc,
        "DueDate",
        doc.hasNonNull("DueDate") ? XeroJson.parseDate(doc.get("DueDate").asText()) : date);
    totalLines(doc);
    BigDecimal total = XeroJson.decimal(doc, "Total");
    doc.put("CurrencyRate", BigDecimal.ONE);
    doc.put("HasAttachments", false);
    doc.put("HasErrors", false);
    doc.put(
        "IsDiscounted",
        doc.findValue("DiscountRate") != null || doc.findValue("DiscountAmount") != null);
    doc.put("AmountPaid", BigDecimal.ZERO.setScale(2));
    doc.put("AmountCredited", BigDecimal.ZERO.setScale(2));
    doc.put(kind == DocumentKind.INVOICE ? "AmountDue" : "RemainingCredit", total);
    doc.putArray("Payments");
    doc.putArray(kind == DocumentKind.INVOICE ? "CreditNotes" : "Allocations");
    touch(doc);
    documents.get(kind).put(id, doc);
    return answer(doc);
  }

  /** Gives every line its LineItemID and writes line amounts, taxes and totals, as Xero does. */
  public static void totalLines(ObjectNode prepared) {
    prepared
        .withArray("LineItems")
        .forEach(line -> ((ObjectNode) line).put("LineItemID", UUID.randomUUID().toString()));
    DocumentTotals.apply(prepared);
  }

  public Optional<ObjectNode> document(DocumentKind kind, String idOrNumber) {
    Map<UUID, ObjectNode> all = documents.get(kind);
    return all.values().stream()
        .filter(
            doc ->
                idOrNumber.equalsIgnoreCase(XeroJson.text(doc, kind.idField))
                    || idOrNumber.equalsIgnoreCase(XeroJson.text(doc, kind.numberField)))
        .findFirst();
  }

  public int count(DocumentKind kind) {
    return documents.get(kind).size();
  }

  public List<ObjectNode> documents(DocumentKind kind) {
    return documents.get(kind).values().stream().map(ObjectNode::deepCopy).toList();
  }

  // ---- contacts

  public Optional<ObjectNode> contact(String id) {
    try {
      return Optional.ofNullable(contacts.get(UUID.fromString(id)));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  public Optional<ObjectNode> contactNamed(String name) {
    return contacts.values().stream()
        .filter(c -> name.trim().equalsIgnoreCase(c.get("Name").asText().trim()))
        .findFirst();
  }

  public List<ObjectNode> contacts() {
    return contacts.values().stream().map(ObjectNode::deepCopy).toList();
  }

  /** Creates a contact from the fields sent; the caller has checked the name is free. */
  public ObjectNode addContact(JsonNode sent) {
    ObjectNode contact = XeroJson.object();
    UUID id = UUID.randomUUID();
    contact.put("ContactID", id.toString());
    contact.put("ContactStatus", "ACTIVE");
    contact.put("Name", sent.get("Name").asText().trim());
    for (String field :
        List.of("FirstName", "LastName", "EmailAddress", "AccountNumber", "ContactNumber")) {
      copy(sent, contact, field);
    }
    contact.put("IsSupplier", false);
    contact.put("IsCustomer", true);
    contact.put("HasAttachments", false);
    touch(contact);
    contacts.put(id, contact);
    return contact.deepCopy();
  }

  /** Xero links a document to an existing contact by ContactID, or by Name (creating it if new). */
  public ObjectNode findOrCreateContact(JsonNode reference) {
    String id = XeroJson.text(reference, "ContactID");
    if (id != null) {
      return contact(id).orElseThrow();
    }
    return contactNamed(reference.get("Name").asText())
        .orElseGet(
            () -> {
              addContact(reference);
              return contactNamed(reference.get("Name").asText()).orElseThrow();
            });
  }

  public static ObjectNode contactSummary(JsonNode contact) {
    ObjectNode summary = XeroJson.object();
    summary.put("ContactID", contact.get("ContactID").asText());
    summary.put("Name", contact.get("Name").asText());
    return summary;
  }

  // ---- shared

  /** A copy without the sandbox's private bookkeeping, as Xero would answer. */
  public static ObjectNode answer(ObjectNode stored) {
    ObjectNode copy = stored.deepCopy();
    copy.put("StatusAttributeString", "OK");
    return copy;
  }

  public static void touch(ObjectNode node) {
    node.put("UpdatedDateUTC", XeroJson.msDate(Instant.now()));
  }

  /** The Date sent, or the organisation's today (in its time zone) when it is left out. */
  public LocalDate dateOf(JsonNode sent) {
    return sent.hasNonNull("Date")
        ? XeroJson.parseDate(sent.get("Date").asText())
        : settings.today();
  }

  /** Adds Xero's message when the element's date falls in a locked period. */
  public void lockErrors(JsonNode sent, List<String> errors) {
    settings.lockErrors(dateOf(sent), errors);
  }

  public static void putDate(ObjectNode node, String field, LocalDate date) {
    node.put(field, XeroJson.msDate(date));
    node.put(field + "String", XeroJson.dateString(date));
  }

  public static void copy(JsonNode from, ObjectNode to, String field) {
    if (from.hasNonNull(field)) {
      to.set(field, from.get(field).deepCopy());
    }
  }

  public static void putDefault(ObjectNode node, String field, String value) {
    if (!node.hasNonNull(field)) {
      node.put(field, value);
    }
  }
}
