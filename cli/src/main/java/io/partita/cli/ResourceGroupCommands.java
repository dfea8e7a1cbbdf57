package io.partita.cli;

import io.partita.common.resourcegroup.ResourceGroupConfig;
import io.partita.common.resourcegroup.ResourceGroupLimit;
import io.partita.model.ResourceGroup;
import io.partita.param.resourcegroup.CreateResourceGroupParam;
import io.partita.param.resourcegroup.DescribeResourceGroupParam;
import io.partita.param.resourcegroup.DropResourceGroupParam;
import io.partita.param.resourcegroup.ListResourceGroupsParam;
import io.partita.param.resourcegroup.TransferReplicaParam;
import io.partita.param.resourcegroup.UpdateResourceGroupsParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's resource-group commands: {@code create|show|delete|update resource_group -n NAME},
 * {@code list resource_groups} and {@code transfer replica} (forms and questions read in zilliztech/milvus_cli
 * {@code milvus_cli/scripts/resource_group_cli.py}). Served under the milvus-2.3 and milvus-2.6 profiles
 * (Milvus 2.3+; limits and requests 2.4+). Options answer the questions on a command line.
 */
final class ResourceGroupCommands {
    static final String DEFAULT_GROUP = "__default_resource_group";

    private ResourceGroupCommands() {}

    /** The node counts milvus_cli asks for: {@code requests.node_num} and {@code limits.node_num}. */
    static final class NodeCounts {
        @Option(names = "--requests", paramLabel = "N", description = "requests.node_num (asked when missing).")
        Integer requests;

        @Option(names = "--limits", paramLabel = "N", description = "limits.node_num (asked when missing).")
        Integer limits;

        ResourceGroupConfig config(Session session) {
            int r = requests != null ? requests : number(session.ask("requests.node_num", "1", "--requests"));
            int l = limits != null ? limits : number(session.ask("limits.node_num", "1", "--limits"));
            return ResourceGroupConfig.newBuilder()
                    .withRequests(new ResourceGroupLimit(r))
                    .withLimits(new ResourceGroupLimit(l))
                    .build();
        }

        boolean given() {
            return requests != null || limits != null;
        }
    }

    /** {@code create resource_group -n NAME [--requests N --limits N]}. */
    @Command(name = "resource_group", description = "Create a resource group (asks for node limits).")
    static final class Create extends SessionCommand {
        @Option(
                names = {"-n", "--name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the new resource group.")
        String name;

        @picocli.CommandLine.ArgGroup(exclusive = false)
        NodeCounts counts = new NodeCounts();

        @Override
        int run(Session session) {
            CreateResourceGroupParam.Builder b =
                    CreateResourceGroupParam.newBuilder().withGroupName(name);
            boolean configure = counts.given() || (session.canAsk() && session.confirm("Configure node limits?"));
            if (configure) {
                b.withConfig(counts.config(session));
            }
            session.client().createResourceGroup(b.build()).orThrow();
            output().done("Create resource group " + name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code list resource_groups}. */
    @Command(name = "resource_groups", description = "List the resource groups.")
    static final class ListAll extends SessionCommand {
        @Override
        int run(Session session) {
            List<List<Object>> rows = new ArrayList<>();
            for (String g : session.client()
                    .listResourceGroups(ListResourceGroupsParam.newBuilder().build())
                    .orThrow()
                    .getResourceGroupsList()) {
                rows.add(List.of(g));
            }
            output().table(List.of("Resource Group"), rows);
            return ExitCodes.OK;
        }
    }

    /** {@code show resource_group -n NAME}: capacity, nodes, replicas and the configured node counts. */
    @Command(name = "resource_group", description = "Show a resource group: nodes, replicas and limits.")
    static final class Show extends SessionCommand {
        @Option(
                names = {"-n", "--name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the resource group.")
        String name;

        @Override
        int run(Session session) {
            ResourceGroup g = session.client()
                    .describeResourceGroup(DescribeResourceGroupParam.newBuilder()
                            .withGroupName(name)
                            .build())
                    .orThrow()
                    .getResourceGroup();
            ResourceGroupConfig config = g.getConfig();
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of("name", g.getName()));
            rows.add(List.of("capacity", g.getCapacity()));
            rows.add(List.of("num_available_node", g.getNumAvailableNode()));
            rows.add(List.of("num_loaded_replica", perCollection(g.getNumLoadedReplicaMap())));
            rows.add(List.of("num_outgoing_node", perCollection(g.getNumOutgoingNodeMap())));
            rows.add(List.of("num_incoming_node", perCollection(g.getNumIncomingNodeMap())));
            rows.add(List.of("requests.node_num", nodeNum(config == null ? null : config.getRequests())));
            rows.add(List.of("limits.node_num", nodeNum(config == null ? null : config.getLimits())));
            output().table(List.of("property", "value"), rows);
            return ExitCodes.OK;
        }

        private static String perCollection(Map<String, Integer> counts) {
            List<String> parts = new ArrayList<>();
            counts.forEach((collection, n) -> parts.add(collection + ": " + n));
            return parts.isEmpty() ? "-" : String.join(", ", parts);
        }

        private static Object nodeNum(ResourceGroupLimit limit) {
            return limit == null || limit.getNodeNum() == null ? "-" : limit.getNodeNum();
        }
    }

    /** {@code delete resource_group -n NAME [-y]}: the default group is refused before asking. */
    @Command(name = "resource_group", description = "Drop a resource group (asks first unless -y).")
    static final class Delete extends SessionCommand {
        @Option(
                names = {"-n", "--name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the resource group.")
        String name;

        @Option(
                names = {"-y", "--yes"},
                description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        int run(Session session) {
            if (name.equals(DEFAULT_GROUP)) {
                throw new UsageException("Cannot delete the default resource group " + DEFAULT_GROUP);
            }
            if (!DeleteCommand.confirmed(
                    this,
                    session,
                    yes,
                    "Warning! You are trying to delete resource group '" + name + "'. This action cannot be undone!")) {
                return ExitCodes.OK;
            }
            session.client()
                    .dropResourceGroup(DropResourceGroupParam.newBuilder()
                            .withGroupName(name)
                            .build())
                    .orThrow();
            output().done("Drop resource group " + name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code update resource_group -n NAME [--requests N] [--limits N]}: asks for the counts not given. */
    @Command(name = "resource_group", description = "Change a resource group's requested and limit node counts.")
    static final class Update extends SessionCommand {
        @Option(
                names = {"-n", "--name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the resource group.")
        String name;

        @picocli.CommandLine.ArgGroup(exclusive = false)
        NodeCounts counts = new NodeCounts();

        @Override
        int run(Session session) {
            session.client()
                    .updateResourceGroups(UpdateResourceGroupsParam.newBuilder()
                            .putResourceGroup(name, counts.config(session))
                            .build())
                    .orThrow();
            output().done("Update resource group " + name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code transfer replica}: asks for the groups, the collection and the number of replicas not given. */
    @Command(name = "replica", description = "Move replicas of a collection from one resource group to another.")
    static final class TransferReplica extends SessionCommand {
        @Option(names = "--source", paramLabel = "GROUP", description = "Source resource group (asked when missing).")
        String source;

        @Option(names = "--target", paramLabel = "GROUP", description = "Target resource group (asked when missing).")
        String target;

        @Option(
                names = {"-c", "--collection-name"},
                paramLabel = "NAME",
                description = "Collection whose replicas move (asked when missing).")
        String collection;

        @Option(names = "--replicas", paramLabel = "N", description = "Number of replicas to move (asked; default 1).")
        Long replicas;

        @Override
        int run(Session session) {
            String from = source != null ? source : session.ask("Source resource group", null, "--source");
            String to = target != null ? target : session.ask("Target resource group", null, "--target");
            String name = collection != null ? collection : session.ask("Collection name", null, "-c");
            long n = replicas != null
                    ? replicas
                    : number(session.ask("Number of replicas to transfer", "1", "--replicas"));
            session.client()
                    .transferReplica(TransferReplicaParam.newBuilder()
                            .withSourceGroupName(from)
                            .withTargetGroupName(to)
                            .withCollectionName(name)
                            .withReplicaNumber(n)
                            .build())
                    .orThrow();
            output().done("Transfer " + n + " replica(s) of " + name + " from " + from + " to " + to
                    + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code transfer ...}: the group. */
    @Command(
            name = "transfer",
            description = "Transfer replicas between resource groups.",
            subcommands = {TransferReplica.class})
    static final class TransferGroup extends GroupCommand {}

    private static int number(String answer) {
        try {
            return Integer.parseInt(answer.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("expected a whole number, got '" + answer + "'");
        }
    }
}
