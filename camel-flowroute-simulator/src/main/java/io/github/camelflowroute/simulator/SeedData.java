package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Builds the simulated account's starting point. Everything derives from one {@link Random} seeded with
 * the simulator's seed, so two simulators with the same seed hold identical data (tests may rely on it).
 */
final class SeedData {

    /** An area of the purchasable inventory. Setup cost rises per exchange so cost filters bite. */
    record Area(String npa, String rateCenter, String state, String numberType, double baseSetupCost,
            int exchanges) {
    }

    static final double MONTHLY_COST = 1.25;
    static final List<Area> AREAS = List.of(
            new Area("206", "SEATTLE", "WA", "standard", 1.00, 3),
            new Area("425", "BELLEVUE", "WA", "standard", 0.75, 3),
            new Area("503", "PORTLAND", "OR", "standard", 1.10, 3),
            new Area("646", "NEW YORK", "NY", "standard", 1.50, 3),
            new Area("312", "CHICAGO", "IL", "standard", 1.00, 3),
            new Area("844", "TOLLFREE", "US", "tollfree", 0.50, 2),
            new Area("833", "TOLLFREE", "US", "tollfree", 0.50, 2));
    static final int NUMBERS_PER_EXCHANGE = 15;
    /** Seed MDRs lie in early January 2025: fixed, so that they never depend on the wall clock. */
    static final Instant MESSAGE_EPOCH = Instant.parse("2025-01-06T15:00:00Z");

    /** What {@link #build(long)} produces. */
    record Seed(List<SimNumber> account, List<SimNumber> available, List<SimRoute> routes,
            List<SimMessage> messages, long nextRouteId) {
    }

    private SeedData() {
    }

    static Optional<Area> areaOf(String number) {
        String npa = number.substring(1, 4);
        return AREAS.stream().filter(a -> a.npa().equals(npa)).findFirst();
    }

    static Seed build(long seed) {
        Random rnd = new Random(seed);
        Set<String> used = new HashSet<>();

        List<SimNumber> available = new ArrayList<>();
        for (Area area : AREAS) {
            Set<String> nxxs = new HashSet<>();
            for (int e = 0; e < area.exchanges(); e++) {
                String nxx = newExchange(rnd, nxxs);
                double setupCost = area.baseSetupCost() + 0.25 * e;
                for (int i = 0; i < NUMBERS_PER_EXCHANGE; i++) {
                    String number = newNumber(rnd, area.npa(), nxx, used);
                    available.add(new SimNumber(number, area.rateCenter(), area.state(), area.numberType(),
                            null, null, null, MONTHLY_COST, setupCost));
                }
            }
        }

        long routeId = 10_000L + rnd.nextInt(80_000);
        List<SimRoute> routes = new ArrayList<>();
        routes.add(SimRoute.builtIn());
        String forwardTo = newNumber(rnd, "206", newExchange(rnd, new HashSet<>()), used);
        routes.add(new SimRoute(Long.toString(routeId++), "host", "203.0.113.10:5060", "Office PBX"));
        routes.add(new SimRoute(Long.toString(routeId++), "sip-reg", null, "Desk phone registration"));
        routes.add(new SimRoute(Long.toString(routeId++), "uri", "sip:frontdesk@example.com", "Front desk"));
        routes.add(new SimRoute(Long.toString(routeId++), "number", forwardTo, "Forward to mobile"));

        String[][] accountAreas = {
                { "206", "Seattle main line" }, { "425", "Bellevue support" }, { "503", "Portland sales" },
                { "646", "New York desk" }, { "844", "Toll-free hotline" } };
        List<SimNumber> account = new ArrayList<>();
        for (String[] spec : accountAreas) {
            Area area = AREAS.stream().filter(a -> a.npa().equals(spec[0])).findFirst().orElseThrow();
            String number = newNumber(rnd, area.npa(), newExchange(rnd, new HashSet<>()), used);
            account.add(new SimNumber(number, area.rateCenter(), area.state(), area.numberType(), spec[1],
                    SimRoute.BUILT_IN_ID, null, MONTHLY_COST, area.baseSetupCost()));
        }
        // Two numbers come pre-routed so GET /v2/numbers/{id} shows relationships and included routes.
        // routes.get(0) is the built-in route "0", the primary route of the other numbers
        account.set(0, account.get(0).withPrimaryRouteId(routes.get(1).id()).withFailoverRouteId(routes.get(4).id()));
        account.set(1, account.get(1).withPrimaryRouteId(routes.get(2).id()));

        String customer = newNumber(rnd, "312", newExchange(rnd, new HashSet<>()), used);
        Instant t = MESSAGE_EPOCH;
        List<SimMessage> messages = new ArrayList<>();
        messages.add(SimMessage.outbound(account.get(0).number(), customer,
                "Your appointment is confirmed for Tuesday at 10:00.", false, List.of(), null, t));
        t = t.plus(Duration.ofMinutes(5 + rnd.nextInt(50)));
        messages.add(SimMessage.inbound(customer, account.get(0).number(), "Thanks, see you then!", t));
        t = t.plus(Duration.ofMinutes(5 + rnd.nextInt(50)));
        messages.add(SimMessage.outbound(account.get(4).number(), customer,
                "Your verification code is " + (100_000 + rnd.nextInt(900_000)), false, List.of(), null, t));
        t = t.plus(Duration.ofMinutes(5 + rnd.nextInt(50)));
        messages.add(SimMessage.outbound(account.get(1).number(), customer, "Here is the floor plan.", true,
                List.of("https://example.com/media/floor-plan.png"), null, t));
        t = t.plus(Duration.ofMinutes(5 + rnd.nextInt(50)));
        messages.add(SimMessage.inbound(customer, account.get(1).number(), "Got it 👍", t));

        return new Seed(account, available, routes, messages, routeId);
    }

    /** A central office code: first digit 2-9, never N11 or 555 (reserved or fictional). */
    private static String newExchange(Random rnd, Set<String> taken) {
        while (true) {
            String nxx = Integer.toString(200 + rnd.nextInt(800));
            if (!nxx.endsWith("11") && !nxx.equals("555") && taken.add(nxx)) {
                return nxx;
            }
        }
    }

    private static String newNumber(Random rnd, String npa, String nxx, Set<String> used) {
        while (true) {
            String number = "1" + npa + nxx + String.format("%04d", rnd.nextInt(10_000));
            if (used.add(number)) {
                return number;
            }
        }
    }
}
