namespace Beacon.Domain;

/// <summary>An expected failure (a bad row, not found, not allowed), carried as a value rather than thrown.</summary>
/// <param name="Code">A short machine-readable code, e.g. <c>not-found</c>, or the field a form must put right.</param>
/// <param name="Message">What a person needs to read to put it right.</param>
public sealed record Problem(string Code, string Message)
{
    /// <summary>Where one request has several things to put right (a form's fields), each of them; else none.</summary>
    public IReadOnlyList<Problem> Details { get; init; } = [];
}

/// <summary>The outcome of an operation that can fail in an expected way.</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    internal Result(T? value, Problem? problem)
    {
        _value = value;
        Problem = problem;
    }

    /// <summary>Why it failed, or null when it succeeded.</summary>
    public Problem? Problem { get; }

    /// <summary>True when there is a value.</summary>
    public bool Succeeded => Problem is null;

    /// <summary>The value; only read it after checking <see cref="Succeeded"/>.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"No value: {Problem!.Message}");

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Problem problem) => new(default, problem);
}

/// <summary>The outcome of an operation that gives nothing back but can fail in an expected way; also makes results.</summary>
public readonly record struct Result
{
    private Result(Problem? problem) => Problem = problem;

    /// <summary>Why it failed, or null when it succeeded.</summary>
    public Problem? Problem { get; }

    /// <summary>True when it was done.</summary>
    public bool Succeeded => Problem is null;

    /// <summary>Done.</summary>
    public static Result Done { get; }

    public static implicit operator Result(Problem problem) => new(problem);

    public static Result<T> Success<T>(T value) => new(value, null);

    public static Problem Failure(string code, string message) => new(code, message);

    /// <summary>None, one, or several problems as one: the first's message, each in its details.</summary>
    public static Problem? Combine(IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count switch
        {
            0 => null,
            1 => problems[0],
            _ => new Problem("several", problems[0].Message) { Details = problems },
        };
    }
}
