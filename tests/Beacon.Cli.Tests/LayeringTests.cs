using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Beacon.Cli.Tests;

/// <summary>
/// The command line and the web app share Beacon.Application; the command line uses Beacon.Web only to host the
/// web app, and Beacon.Application knows nothing of ASP.NET. Read from the compiled assemblies, so a fully
/// qualified name or a lambda cannot hide a use.
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void No_command_but_serve_uses_a_Beacon_Web_type()
    {
        using var cli = ModuleDefinition.ReadModule(Path.Combine(AppContext.BaseDirectory, "beacon.dll"));

        var users = cli.Types.Where(t => Uses(t, "Beacon.Web")).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Beacon.Cli.Commands.ServeCommand"], users);
    }

    [Fact]
    public void The_application_layer_references_neither_the_web_app_nor_ASP_NET()
    {
        using var application = ModuleDefinition.ReadModule(Path.Combine(AppContext.BaseDirectory, "Beacon.Application.dll"));

        var references = application.AssemblyReferences.Select(r => r.Name).ToList();

        Assert.DoesNotContain("Beacon.Web", references);
        // Identity's EF Core store is a package of its own (the accounts' tables), not the ASP.NET Core framework.
        Assert.DoesNotContain(
            references,
            r => r.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) && r != "Microsoft.AspNetCore.Identity.EntityFrameworkCore"
        );
    }

    private static bool Uses(TypeDefinition type, string assembly) =>
        From(type.BaseType, assembly)
        || type.Interfaces.Any(i => From(i.InterfaceType, assembly))
        || type.CustomAttributes.Any(a => From(a.AttributeType, assembly))
        || type.Fields.Any(f => From(f.FieldType, assembly))
        || type.Properties.Any(p => From(p.PropertyType, assembly))
        || type.Methods.Any(m => Uses(m, assembly))
        || type.NestedTypes.Any(n => Uses(n, assembly));

    private static bool Uses(MethodDefinition method, string assembly) =>
        From(method.ReturnType, assembly)
        || method.Parameters.Any(p => From(p.ParameterType, assembly))
        || method.CustomAttributes.Any(a => From(a.AttributeType, assembly))
        || (
            method.HasBody
            && (method.Body.Variables.Any(v => From(v.VariableType, assembly)) || method.Body.Instructions.Any(i => Refers(i, assembly)))
        );

    private static bool Refers(Instruction instruction, string assembly) =>
        instruction.Operand switch
        {
            MethodReference m => From(m.DeclaringType, assembly)
                || From(m.ReturnType, assembly)
                || m.Parameters.Any(p => From(p.ParameterType, assembly))
                || (m is GenericInstanceMethod g && g.GenericArguments.Any(a => From(a, assembly))),
            FieldReference f => From(f.DeclaringType, assembly) || From(f.FieldType, assembly),
            TypeReference t => From(t, assembly),
            _ => false,
        };

    private static bool From(TypeReference? type, string assembly) =>
        type switch
        {
            null or GenericParameter => false,
            GenericInstanceType g => From(g.ElementType, assembly) || g.GenericArguments.Any(a => From(a, assembly)),
            TypeSpecification s => From(s.ElementType, assembly),
            _ => type.Scope is AssemblyNameReference name && name.Name == assembly,
        };
}
