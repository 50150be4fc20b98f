package com.quoox.xero.dispatch;

import com.quoox.xero.coding.ProviderSettingsRepository;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.mapping.PayoutToXero;
import com.quoox.xero.mapping.ProviderAccounts;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.xeroapi.CreateOnce;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.BankTransaction;
import com.xero.models.accounting.BankTransfer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;

/**
 * Sends a provider's payout: its fees as spend money from the clearing account, then its net as a
 * bank transfer to the bank account. Each has its own idempotency key; the fees' id is recorded on
 * the entry before the transfer is sent, and after an unknown outcome each is looked up by its
 * reference, so a retry after the first succeeded never records it twice.
 */
@ApplicationScoped
class PayoutSender {

  private final PayoutToXero payoutToXero = new PayoutToXero();

  @Inject XeroAccounting xero;

  @Inject ProviderSettingsRepository providers;

  @Inject OutboxRepository outbox;

  Delivery send(OutboxEntry entry, XeroSession session) throws IOException {
    PayoutPaid payout = OutboxPayload.read(entry.getPayload(), PayoutPaid.class);
    ProviderAccounts accounts = providers.forProvider(entry.getBusinessId(), payout.provider());
    if (!accounts.recordPayments()) {
      return new Delivery.NotRecorded(
          "Not recorded: " + payout.provider() + " payments are switched off in the Xero settings");
    }
    // Both are mapped before either is sent, so a missing account stops the payout as a whole.
    Optional<BankTransaction> fees = payoutToXero.fees(payout, accounts);
    Optional<BankTransfer> transfer = payoutToXero.transfer(payout, accounts);
    String feesId = entry.firstDocumentId();
    if (fees.isPresent() && feesId == null) {
      feesId = spendFees(entry, session, payout, fees.get()).getBankTransactionID().toString();
      if (transfer.isPresent()) {
        String recorded = feesId;
        outbox.update(entry.getId(), e -> e.firstDocumentCreated(recorded, null, null));
      }
    }
    String transferId = null;
    if (transfer.isPresent()) {
      transferId = transfer(entry, session, payout, transfer.get()).getBankTransferID().toString();
    }
    return new Delivery.Sent(
        transferId != null ? transferId : feesId,
        payout.payoutId(),
        null,
        fees.isEmpty() && transfer.isEmpty()
            ? "Nothing to record: no fees and no net amount"
            : null);
  }

  private BankTransaction spendFees(
      OutboxEntry entry, XeroSession session, PayoutPaid payout, BankTransaction fees)
      throws IOException {
    return CreateOnce.create(
        session,
        entry.mayBeInXero(),
        s -> xero.findBankTransaction(s, PayoutToXero.feesReference(payout)),
        s -> xero.createBankTransaction(s, fees, entry.idempotencyKey() + "-fees"));
  }

  private BankTransfer transfer(
      OutboxEntry entry, XeroSession session, PayoutPaid payout, BankTransfer transfer)
      throws IOException {
    return CreateOnce.create(
        session,
        entry.mayBeInXero(),
        s -> xero.findBankTransfer(s, PayoutToXero.transferReference(payout)),
        s -> xero.createBankTransfer(s, transfer, entry.idempotencyKey() + "-transfer"));
  }
}
