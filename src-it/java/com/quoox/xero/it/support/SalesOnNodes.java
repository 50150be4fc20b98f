package com.quoox.xero.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.XeroSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Businesses spread over several nodes of one database, each with an organisation of its own, and
 * their sales made on the nodes in turn, as tills behind a load balancer make them.
 */
public final class SalesOnNodes {

  private static final int TILLS = 8;

  private SalesOnNodes() {}

  /**
   * {@code count} businesses named {@code prefix-0…}, each connected through a Custom Connection to
   * an organisation of its own, on the nodes in turn.
   */
  public static List<TestBusiness> connect(
      XeroSandbox sandbox, List<ModuleApi> nodes, String prefix, int count) {
    List<TestBusiness> shops = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = prefix + "-" + i;
      SandboxTenant xero =
          sandbox.tenant(sandbox.addCustomConnection(id + "-client", id + "-secret", "Org " + id));
      shops.add(TestBusiness.connectedTo(nodes.get(i % nodes.size()), id, xero));
    }
    return shops;
  }

  /**
   * Makes {@code perBusiness} café sales for every business, business after business in rounds,
   * each on the node its round and business choose, from 8 tills at once; answers each business's
   * sale numbers.
   */
  public static List<List<String>> sell(
      List<ModuleApi> nodes, List<TestBusiness> shops, int perBusiness) throws Exception {
    List<List<String>> sold = new ArrayList<>();
    shops.forEach(shop -> sold.add(new ArrayList<>()));
    ExecutorService tills = Executors.newFixedThreadPool(TILLS);
    try {
      List<Future<ModuleApi.Answer>> answers = new ArrayList<>();
      for (int round = 0; round < perBusiness; round++) {
        for (int i = 0; i < shops.size(); i++) {
          SaleCompleted sale = shops.get(i).cafeSale();
          sold.get(i).add(sale.saleNumber());
          ModuleApi node = nodes.get((round + i) % nodes.size());
          answers.add(tills.submit(() -> node.fire("demo/sales", sale)));
        }
      }
      for (Future<ModuleApi.Answer> answer : answers) {
        assertEquals(200, answer.get().status(), answer.get().body());
      }
    } finally {
      tills.shutdownNow();
    }
    return sold;
  }
}
